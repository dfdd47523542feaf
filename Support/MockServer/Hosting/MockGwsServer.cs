using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Notifications;

namespace Conformance.MockServer.Hosting;

/// <summary>
/// The mock GWS server hosted in-process on Kestrel, 127.0.0.1 and a free port:
/// <code>await using var mock = await MockGwsServer.StartAsync(new MockServerOptions());</code>
/// then talk HTTP to <see cref="BaseAddress"/>.
/// </summary>
public sealed class MockGwsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MockGwsServer(WebApplication app, MockServerOptions options, Uri baseAddress)
    {
        _app = app;
        Options = options;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/ (with a trailing slash).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The CometD endpoint, {BaseAddress}api/v2/notifications.</summary>
    public Uri NotificationsAddress => new(BaseAddress, GwsProtocol.Topics.NotificationsPath.TrimStart('/'));

    /// <summary>The control API's root, e.g. {BaseAddress}mock-control/.</summary>
    public Uri ControlAddress => new(BaseAddress, Options.ControlPrefix.Trim('/') + "/");

    public MockServerOptions Options { get; }

    public UserDirectory Directory => _app.Services.GetRequiredService<UserDirectory>();

    /// <summary>The deviations switched on; change them here or through the control API.</summary>
    public DeviationSwitches Deviations => _app.Services.GetRequiredService<DeviationSwitches>();

    /// <summary>HTTP sessions held now (bounded by <see cref="MockServerOptions.MaxHttpSessions"/>).</summary>
    public int HttpSessionCount => _app.Services.GetRequiredService<Gws.Http.SessionStore>().Count;

    /// <summary>The app's services, for tests that read the mock's own tables (routes, operations).</summary>
    internal IServiceProvider Services => _app.Services;

    public static Task<MockGwsServer> StartAsync(MockServerOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options, configureServices: null, cancellationToken);

    internal static async Task<MockGwsServer> StartAsync(MockServerOptions? options, Action<IServiceCollection>? configureServices,
        CancellationToken cancellationToken)
    {
        options ??= new MockServerOptions();
        var app = MockServerApp.Build(options, "http://127.0.0.1:0", quiet: true, args: null, configureServices);
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        return new MockGwsServer(app, options, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The barrier: completes once every notification caused so far has been handed to the Bayeux layer.</summary>
    public Task WaitForNotificationsAsync(CancellationToken cancellationToken = default) =>
        _app.Services.GetRequiredService<NotificationQueue>().WhenDrainedAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
