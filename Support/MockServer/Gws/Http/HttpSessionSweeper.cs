namespace Conformance.MockServer.Gws.Http;

/// <summary>
/// Drops idle HTTP sessions in the background (a quarter of the idle timeout, between 1 s and 60 s),
/// so their memory is released even when no request arrives to notice them.
/// </summary>
internal sealed class HttpSessionSweeper(SessionStore sessions, Microsoft.Extensions.Options.IOptions<Hosting.MockServerOptions> options,
    TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.HttpSessionIdleTimeout.TotalMilliseconds / 4, 1000, 60000));
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                sessions.Sweep();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }
}
