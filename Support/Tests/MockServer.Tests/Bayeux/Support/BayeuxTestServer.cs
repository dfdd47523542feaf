using Conformance.MockServer.Bayeux;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MockServer.Tests.Bayeux.Support;

/// <summary>
/// The mock's Bayeux endpoint alone, on real Kestrel at 127.0.0.1 with a free port (RULES: servers
/// in tests bind loopback, port 0). Requests authenticate with the <see cref="TestUsers.Header"/> header.
/// </summary>
internal sealed class BayeuxTestServer : IAsyncDisposable
{
    public const string Path = "/api/v2/notifications";

    private readonly WebApplication _app;

    private BayeuxTestServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
        Bayeux = app.Services.GetRequiredService<BayeuxServer>();
    }

    /// <summary>http://127.0.0.1:port/api/v2/notifications</summary>
    public Uri Endpoint { get; }

    public BayeuxServer Bayeux { get; }

    /// <summary>Starts a server; <paramref name="authenticated"/> false registers no authenticator (anonymous user "").</summary>
    public static async Task<BayeuxTestServer> StartAsync(Action<BayeuxServerOptions>? configure = null, bool authenticated = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddMockBayeux(configure);
        if (authenticated)
        {
            builder.Services.AddSingleton<IBayeuxAuthenticator, TestUsers>();
        }
        var app = builder.Build();
        app.MapMockBayeux();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BayeuxTestServer(app, new Uri(address.TrimEnd('/') + Path));
    }

    public RawBayeuxClient NewClient(string user = TestUsers.Alice) => new(Endpoint, user);

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
