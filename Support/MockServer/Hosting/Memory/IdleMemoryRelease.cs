using Microsoft.Extensions.Options;

namespace Conformance.MockServer.Hosting.Memory;

/// <summary>
/// Once a second, asks <see cref="IdleMemoryPolicy"/> whether the mock has been idle long enough after
/// enough allocation, and if so calls <see cref="MemoryReleaser"/>. Without it the resident set after a
/// burst stays at the burst's peak for as long as the process lives: the GC keeps its committed heap and
/// glibc its arenas for the next burst. Off when <see cref="MockServerOptions.IdleMemoryRelease"/> is zero.
/// </summary>
internal sealed partial class IdleMemoryRelease(RequestActivity activity, IOptions<MockServerOptions> options, TimeProvider time,
    ILogger<IdleMemoryRelease> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var quietFor = options.Value.IdleMemoryRelease;
        if (quietFor <= TimeSpan.Zero)
        {
            return;
        }
        var policy = new IdleMemoryPolicy(quietFor);
        var seconds = quietFor.TotalSeconds;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (policy.ShouldRelease(activity.Begun, GC.GetTotalAllocatedBytes(), time.GetUtcNow()))
                {
                    var before = Environment.WorkingSet >> 20;
                    MemoryReleaser.Release();
                    var after = Environment.WorkingSet >> 20;
                    LogReleased(logger, seconds, before, after);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Idle for {Seconds} s: released memory, working set {Before} -> {After} MB")]
    private static partial void LogReleased(ILogger logger, double seconds, long before, long after);
}
