
namespace Conformance.MockServer.Bayeux;

/// <summary>
/// Expires sessions every <see cref="BayeuxServerOptions.SweepPeriod"/> ms (docs/cometd-behaviour.md#session-expiry),
/// and on host shutdown releases held connects so Kestrel need not wait out their timeout.
/// </summary>
internal sealed class SessionSweeper(BayeuxServer server, IHostApplicationLifetime lifetime) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(server.Shutdown);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(1, server.Options.SweepPeriod)), server.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                server.Sweep();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }
}
