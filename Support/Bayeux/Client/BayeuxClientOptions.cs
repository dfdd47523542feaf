using System.Net;
using Conformance.Bayeux.Transport;

namespace Conformance.Bayeux;

/// <summary>How a <see cref="BayeuxClient"/> reaches its server and how patient it is. Every tunable is a named constant.</summary>
public sealed record BayeuxClientOptions
{
    /// <summary>Added to <c>advice.timeout</c> for a connect, and the whole budget for any other request (JS <c>maxNetworkDelay</c>; docs/cometd-behaviour.md#client-backoff).</summary>
    public static readonly TimeSpan DefaultMaxNetworkDelay = TimeSpan.FromSeconds(10);

    /// <summary>The hold time assumed until the server advises one (Java and Node servers default to 30 s; docs/cometd-behaviour.md#advice-defaults).</summary>
    public static readonly TimeSpan DefaultAdviceTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long <see cref="BayeuxClient.HandshakeAsync"/> waits for the session to be connected.</summary>
    public static readonly TimeSpan DefaultHandshakeTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long subscribe, unsubscribe and publish keep trying across re-handshakes before giving up.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long <see cref="BayeuxClient.DisconnectAsync"/> waits for the reply (short: the server may never answer; docs/cometd-behaviour.md#client-backoff).</summary>
    public static readonly TimeSpan DefaultDisconnectTimeout = TimeSpan.FromSeconds(3);

    public const int DefaultTrafficCapacity = 20_000;

    /// <summary>The Bayeux endpoint, e.g. <c>https://host/api/v2/notifications</c>. Every request is posted here (docs/cometd-behaviour.md#request-url).</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>
    /// The caller's HTTP handler (proxy, TLS, test stub). It must not manage cookies itself (UseCookies = false),
    /// so that BAYEUX_BROWSER stays private to this client; share cookies through <see cref="CookieContainer"/>.
    /// The caller keeps ownership and disposes it.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>
    /// Cookies shared with the caller's REST requests (the GWS session cookie). The client reads them and stores
    /// cookies the server sets into it, except BAYEUX_BROWSER, which each client keeps to itself (docs/cometd-behaviour.md#browser-cookie).
    /// </summary>
    public CookieContainer? CookieContainer { get; init; }

    /// <summary>Extra headers on every request and on the WebSocket upgrade (Authorization, X-CSRF-TOKEN, ...).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Header names to redact in the traffic snapshot beyond the built-in credential names.</summary>
    public IList<string> RedactedHeaders { get; } = [];

    /// <summary>Offer <c>websocket</c> first and fall back to long-polling when the server or the upgrade refuses it.</summary>
    public bool PreferWebSocket { get; init; }

    /// <summary>Ask for the ack extension (CometD reference: Acknowledge extension); it is used only when the server's handshake reply offers it.</summary>
    public bool RequestAck { get; init; } = true;

    public TimeSpan MaxNetworkDelay { get; init; } = DefaultMaxNetworkDelay;

    public TimeSpan HandshakeTimeout { get; init; } = DefaultHandshakeTimeout;

    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    public TimeSpan DisconnectTimeout { get; init; } = DefaultDisconnectTimeout;

    public IBackOffStrategy BackOff { get; init; } = new LinearBackOff();

    /// <summary>Hooks on every outgoing and incoming message, in order (as CometD's <c>ClientSession.Extension</c>).</summary>
    public IList<IBayeuxExtension> Extensions { get; } = [];

    public int TrafficCapacity { get; init; } = DefaultTrafficCapacity;

    /// <summary>
    /// The transports to use, in order of preference; null builds WebSocket (when preferred) and long-polling over
    /// <see cref="HttpSetup"/>. Unit tests put a fake transport here.
    /// </summary>
    public Func<HttpSetup, IReadOnlyList<IBayeuxTransport>>? Transports { get; init; }
}
