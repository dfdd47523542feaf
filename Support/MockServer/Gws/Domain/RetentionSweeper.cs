namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// Forgets ended interactions past their retention in the background (a quarter of the retention,
/// between 1 s and 60 s), so their memory is released even when no request arrives to notice them.
/// </summary>
internal sealed class RetentionSweeper(GwsState state, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromMilliseconds(Math.Clamp(state.Retention.RetainFor.TotalMilliseconds / 4, 1000, 60000));
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                lock (state.Gate)
                {
                    state.Forget(time.GetUtcNow());
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }
}
