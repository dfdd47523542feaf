namespace Conformance.MockServer.Bayeux;

/// <summary>
/// Settings of the mock's Bayeux server. Defaults are CometD's (bayeux.md 2.1, the
/// cometd-nodejs-server option list), except where a comment says why not.
/// </summary>
public sealed class BayeuxServerOptions
{
    /// <summary>How long a <c>/meta/connect</c> is held, in ms (advice.timeout; bayeux.md 1.3, 1.5).</summary>
    public int Timeout { get; set; } = 30000;

    /// <summary>Minimum gap between a connect reply and the next connect, in ms (advice.interval).</summary>
    public int Interval { get; set; }

    /// <summary>A session with no connect for interval + this many ms is expired (bayeux.md 1.5 step 4).</summary>
    public int MaxInterval { get; set; } = 10000;

    /// <summary>Period of the background sweeper that expires sessions, in ms.</summary>
    public int SweepPeriod { get; set; } = 997;

    /// <summary>Offer the ack extension when a client asks for it in its handshake (bayeux.md 1.10).</summary>
    public bool AckEnabled { get; set; } = true;

    /// <summary>Accept WebSocket upgrades at the endpoint path and advertise <c>websocket</c>.</summary>
    public bool WebSocketEnabled { get; set; } = true;

    /// <summary>Long polls one BAYEUX_BROWSER may hold at once before <c>multiple-clients</c>; negative = unlimited (bayeux.md 1.8).</summary>
    public int MaxSessionsPerBrowser { get; set; } = 1;

    /// <summary>advice.interval given to the extra sessions of a browser; &lt;= 0 refuses them instead (bayeux.md 1.8).</summary>
    public int MultiSessionInterval { get; set; } = 2000;

    /// <summary>HTTP status ending a held long poll superseded by a newer connect (bayeux.md 1.5 step 1).</summary>
    public int DuplicateMetaConnectHttpResponseCode { get; set; } = 500;

    /// <summary>Largest request body or WebSocket message accepted, in bytes (HTTP 413 / close 1009 above it).</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Events one session may have queued (not yet delivered, or unacknowledged with ack). CometD has no
    /// limit (maxQueue -1, bayeux.md 1.5); the mock bounds memory and removes a session that overflows,
    /// so the client sees 402 and re-handshakes instead of silently losing events.
    /// </summary>
    public int MaxQueue { get; set; } = 10000;

    /// <summary>Let clients publish to broadcast channels (delivered to the same user's sessions). GWS clients never publish.</summary>
    public bool AllowClientPublish { get; set; }

    /// <summary>Cookie path of BAYEUX_BROWSER (Java CometD uses "/", bayeux.md 1.8).</summary>
    public string BrowserCookiePath { get; set; } = "/";
}
