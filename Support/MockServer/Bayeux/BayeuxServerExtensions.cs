using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Conformance.MockServer.Bayeux;

/// <summary>Wiring of the mock's Bayeux endpoint (<c>/api/v2/notifications</c>, docs/inferences.md#notification-endpoint).</summary>
public static class BayeuxServerExtensions
{
    /// <summary>Registers the singleton <see cref="BayeuxServer"/>, <see cref="INotificationPublisher"/> and the session sweeper.</summary>
    public static IServiceCollection AddMockBayeux(this IServiceCollection services, Action<BayeuxServerOptions>? configure = null)
    {
        var options = services.AddOptions<BayeuxServerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddSingleton<BayeuxServer>();
        services.TryAddSingleton<INotificationPublisher>(sp => sp.GetRequiredService<BayeuxServer>());
        services.AddHostedService<SessionSweeper>();
        return services;
    }

    /// <summary>
    /// Maps long-polling POST at <paramref name="path"/> and every sub-path (the JS client posts to
    /// <c>/handshake</c>, <c>/connect</c>, ..., docs/cometd-behaviour.md#request-url), and the WebSocket upgrade (GET) at
    /// <paramref name="path"/>. The WebSocket middleware is inside the mapped endpoint, so the app
    /// needs no <c>UseWebSockets()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapMockBayeux(this IEndpointRouteBuilder endpoints, string path = "/api/v2/notifications")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var server = endpoints.ServiceProvider.GetRequiredService<BayeuxServer>();
        var longPolling = new LongPollingTransport(server);
        var group = endpoints.MapGroup(path);
        group.MapPost("", longPolling.HandleAsync);
        group.MapPost("{**rest}", longPolling.HandleAsync);
        var webSocket = endpoints.CreateApplicationBuilder();
        webSocket.UseWebSockets();
        webSocket.Run(new WebSocketTransport(server).HandleAsync);
        group.MapGet("", webSocket.Build());
        return group;
    }
}
