using Conformance.GwsProtocol;
using Conformance.Harness.Configuration;
using Conformance.Harness.Schemas;
using Conformance.MockServer.Hosting;

namespace Conformance.Harness.Targets;

/// <summary>
/// The target for the whole run: its options, where it is, the agent pool, the mock's control API
/// when there is one, and the schemas. Created once by <see cref="Hooks.RunHooks"/> before any
/// scenario; disposing it stops a mock the harness started.
/// </summary>
public sealed class TargetRuntime : IAsyncDisposable
{
    private readonly IAsyncDisposable? _mock;

    private TargetRuntime(TargetOptions options, Uri baseUrl, MockControlClient? control, IAsyncDisposable? mock)
    {
        Options = options;
        BaseUrl = baseUrl;
        Control = control;
        _mock = mock;
        Pool = new AgentPool(options.AgentAccounts, new[] { options.NoImDeviceAccount, options.MultiImDeviceAccount }.OfType<string>().Concat(options.SupervisorAccounts));
    }

    public TargetOptions Options { get; }

    /// <summary>The server root (the API is under /api/v2).</summary>
    public Uri BaseUrl { get; }

    public Uri NotificationsUrl => new(BaseUrl, Topics.NotificationsPath.TrimStart('/'));

    /// <summary>The mock's control API, or null on a target without one.</summary>
    public MockControlClient? Control { get; }

    public AgentPool Pool { get; }

    public SchemaCatalog Schemas { get; } = new(SchemaCatalog.DefaultRoot);

    public string Describe() => Options.Kind switch
    {
        TargetKind.Mock => $"the mock GWS server in-process at {BaseUrl}",
        TargetKind.MockProcess => $"the mock GWS server as a separate process at {BaseUrl}",
        _ => $"the target at {BaseUrl}",
    };

    public static async Task<TargetRuntime> StartAsync(TargetOptions options)
    {
        var work = Path.Combine(Path.GetTempPath(), "gws-conformance");
        switch (options.Kind)
        {
            case TargetKind.Mock:
                {
                    var mockOptions = new MockServerOptions { DirectoryFile = MockDirectory.WriteFile(work), EnableCsrfProtection = options.Csrf };
                    foreach (var deviation in options.MockDeviations)
                    {
                        mockOptions.Deviations.Add(Enum.Parse<Deviation>(deviation));
                    }

                    var server = await MockGwsServer.StartAsync(mockOptions);
                    return new TargetRuntime(options, server.BaseAddress, new MockControlClient(server.ControlAddress, options.HttpTimeout), server);
                }

            case TargetKind.MockProcess:
                {
                    var process = await MockProcess.StartAsync(
                        options.MockServerAssembly ?? MockProcess.DefaultAssembly, MockDirectory.WriteFile(work), options.Csrf, options.MockDeviations, TimeSpan.FromSeconds(60));
                    var control = new Uri(process.BaseUrl, MockControlRoutes.DefaultPrefix.TrimStart('/') + "/");
                    return new TargetRuntime(options, process.BaseUrl, new MockControlClient(control, options.HttpTimeout), process);
                }

            default:
                {
                    var control = options.ControlUrl is { } url ? new MockControlClient(url, options.HttpTimeout) : null;
                    return new TargetRuntime(options, options.BaseUrl!, control, mock: null);
                }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Control?.Dispose();
        if (_mock is not null)
        {
            await _mock.DisposeAsync();
        }
    }
}
