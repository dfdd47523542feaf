namespace Conformance.MockServer.Bayeux;

/// <summary>
/// Settings of the mock's Bayeux server. Defaults are CometD's (CometD reference: Java server: configuration; docs/cometd-behaviour.md#advice-defaults; the
/// cometd-nodejs-server option list), except where a comment says why not.
/// </summary>
public sealed class BayeuxServerOptions
{
    /// <summary>How long a <c>/meta/connect</c> is held, in ms (advice.timeout; docs/cometd-behaviour.md#server-hold-rules).</summary>
    public int Timeout { get; set; } = 30000;

    /// <summary>Minimum gap between a connect reply and the next connect, in ms (advice.interval).</summary>
    public int Interval { get; set; }

    /// <summary>A session with no connect for interval + this many ms is expired (docs/cometd-behaviour.md#session-expiry).</summary>
    public int MaxInterval { get; set; } = 10000;

    /// <summary>Period of the background sweeper that expires sessions, in ms.</summary>
    public int SweepPeriod { get; set; } = 997;

    /// <summary>Offer the ack extension when a client asks for it in its handshake (docs/cometd-behaviour.md#ack-extension).</summary>
    public bool AckEnabled { get; set; } = true;

    /// <summary>Accept WebSocket upgrades at the endpoint path and advertise <c>websocket</c>.</summary>
    public bool WebSocketEnabled { get; set; } = true;

    /// <summary>Long polls one BAYEUX_BROWSER may hold at once before <c>multiple-clients</c>; negative = unlimited (docs/cometd-behaviour.md#browser-cookie).</summary>
    public int MaxSessionsPerBrowser { get; set; } = 1;

    /// <summary>advice.interval given to the extra sessions of a browser; &lt;= 0 refuses them instead (docs/cometd-behaviour.md#browser-cookie).</summary>
    public int MultiSessionInterval { get; set; } = 2000;

    /// <summary>
    /// HTTP status ending a held long poll superseded by a newer connect, with an empty body, as CometD's
    /// <c>duplicateMetaConnectHttpResponseCode</c> (500) does (docs/cometd-behaviour.md#superseded-connect). Null, the
    /// default: the superseded connect is answered HTTP 200 with its successful reply and no events, so the
    /// mock never answers a 5xx; a client ignores a reply whose id it no longer waits for either way.
    /// </summary>
    public int? DuplicateMetaConnectHttpResponseCode { get; set; }

    /// <summary>
    /// Most live sessions at once. CometD has no such limit; the mock bounds memory: at the bound a handshake
    /// is refused with <c>403:session_limit:handshake_denied</c> and advice to handshake again after
    /// <see cref="MaxInterval"/>, by when abandoned sessions have expired. Negative: unlimited.
    /// </summary>
    public int MaxSessions { get; set; } = 10000;

    /// <summary>
    /// Most subscription patterns one session holds (every publish tests each). CometD has no limit; past it
    /// a subscribe is refused whole with <c>403:subscription_limit:subscribe_denied</c>. Negative: unlimited.
    /// </summary>
    public int MaxSubscriptions { get; set; } = 1000;

    /// <summary>Largest request body or WebSocket message accepted, in bytes (HTTP 413 / close 1009 above it).</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Events one session may have queued (not yet delivered, or unacknowledged with ack). CometD has no
    /// limit (maxQueue -1, docs/cometd-behaviour.md#session-expiry); the mock bounds memory and removes a session that overflows,
    /// so the client sees 402 and re-handshakes instead of silently losing events.
    /// </summary>
    public int MaxQueue { get; set; } = 10000;

    /// <summary>Let clients publish to broadcast channels (delivered to the same user's sessions). GWS clients never publish.</summary>
    public bool AllowClientPublish { get; set; }

    /// <summary>Cookie path of BAYEUX_BROWSER (Java CometD uses "/", docs/cometd-behaviour.md#browser-cookie).</summary>
    public string BrowserCookiePath { get; set; } = "/";
}
