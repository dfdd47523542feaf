using Conformance.GwsProtocol;

namespace Conformance.MockServer.Hosting;

/// <summary>How to run one mock GWS server. Every default is the documented behaviour.</summary>
public sealed class MockServerOptions
{
    /// <summary>A directory JSON file; null uses the embedded default (README "Directory file").</summary>
    public string? DirectoryFile { get; set; }

    /// <summary>
    /// The prefix of <c>uri</c> fields, like GWS's <c>externalApiUrlV2</c> ("Interpreting a Response"). Null: the
    /// address the server listens on, plus <c>/api/v2</c>.
    /// </summary>
    public Uri? ExternalApiUrl { get; set; }

    /// <summary>Serve the test-control API under <see cref="ControlPrefix"/> (not part of GWS).</summary>
    public bool EnableControlApi { get; set; } = true;

    public string ControlPrefix { get; set; } = MockControlRoutes.DefaultPrefix;

    /// <summary>Require the CSRF token on writes (GWS option enableCsrfProtection, "CSRF Protection").</summary>
    public bool EnableCsrfProtection { get; set; }

    /// <summary>Requests with a larger body are refused with statusCode 10 and HTTP 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// An HTTP session (JSESSIONID and its CSRF token) unused for this long is dropped; its cookie then
    /// no longer authenticates, Basic credentials still do. 30 minutes, the servlet default.
    /// </summary>
    public TimeSpan HttpSessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Most HTTP sessions held at once; at the bound a new session first drops the least recently used
    /// tenth (their cookies stop authenticating, as after the idle timeout).
    /// </summary>
    public int MaxHttpSessions { get; set; } = 10000;

    /// <summary>
    /// Most ended chats, SMS sessions and IM sessions kept readable by id; past it the oldest ended one is
    /// forgotten (a GET of its id then answers statusCode 6). Open ones are never forgotten.
    /// </summary>
    public int MaxRetainedInteractions { get; set; } = Gws.Domain.InteractionRetention.DefaultMaxRetained;

    /// <summary>How long an ended interaction stays readable by id (10 minutes); then it is forgotten.</summary>
    public TimeSpan InteractionRetention { get; set; } = Gws.Domain.InteractionRetention.DefaultRetainFor;

    /// <summary>
    /// After this long with no request, a mock that allocated at least 16 MB since it last did so gives its
    /// free memory back to the operating system (README "Memory"). Zero (the default when hosted in another
    /// process, whose GC it would drive) is off; the standalone mock turns it on at 10 s.
    /// </summary>
    public TimeSpan IdleMemoryRelease { get; set; }

    /// <summary>Answer every statusCode with HTTP 200 instead of the mapping of the README.</summary>
    public bool AlwaysHttp200 { get; set; }

    /// <summary>Deliberate deviations from the documented behaviour, all off by default.</summary>
    public ISet<Deviation> Deviations { get; } = new HashSet<Deviation>();

    /// <summary>How long the Delay… deviations hold a notification: past the suite's 15 s deadline by default.</summary>
    public TimeSpan DeviationDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Settings of the Bayeux endpoint (timeouts, session expiry); null keeps CometD's defaults.</summary>
    public Action<Conformance.MockServer.Bayeux.BayeuxServerOptions>? ConfigureBayeux { get; set; }

    /// <summary>Override the CometD topics; keys are <see cref="MediaKind.Name"/> values.</summary>
    public IDictionary<string, string> Topics { get; } = new Dictionary<string, string>();
}
