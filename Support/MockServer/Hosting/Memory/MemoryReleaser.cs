using System.Runtime.InteropServices;

namespace Conformance.MockServer.Hosting.Memory;

/// <summary>
/// Gives the memory a burst of load left behind back to the operating system: a blocking, compacting
/// full collection in the GC's aggressive mode (it decommits the free heap, which a normal collection
/// keeps for the next burst), then glibc's <c>malloc_trim</c>, which returns the native heap's free
/// pages (the runtime's and the sockets' native buffers) that glibc otherwise keeps in its arenas.
/// </summary>
internal static class MemoryReleaser
{
    private static bool _trimUnavailable = !OperatingSystem.IsLinux();

    public static void Release()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (_trimUnavailable)
        {
            return;
        }
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _trimUnavailable = true; // not glibc (musl, for one, has no malloc_trim): the GC part still applies
        }
    }

    // DllImport rather than LibraryImport: the generated stub needs unsafe code, and this signature is blittable.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
