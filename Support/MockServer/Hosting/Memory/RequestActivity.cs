namespace Conformance.MockServer.Hosting.Memory;

/// <summary>Counts the requests the mock has begun, so <see cref="IdleMemoryRelease"/> can tell it is idle.</summary>
internal sealed class RequestActivity
{
    private long _begun;

    public long Begun => Volatile.Read(ref _begun);

    public void Note() => Interlocked.Increment(ref _begun);
}
