using System.Net;
using System.Net.Http.Headers;

namespace Conformance.Bayeux.Transport;

/// <summary>
/// What the HTTP-based transports share for one client: the handler, its cookies and the caller's headers
/// (Basic credentials, CSRF token, as GWS asks on every request). Cookies are handled here, not by the handler, so that
/// BAYEUX_BROWSER never leaks between clients (docs/cometd-behaviour.md#browser-cookie).
/// </summary>
public sealed class HttpSetup : IDisposable
{
    /// <summary>
    /// At least two connections, so the held <c>/meta/connect</c> never blocks a subscribe or publish
    /// (Bayeux spec: "Two connection operation"); a few more so a late superseded connect cannot block either.
    /// </summary>
    public const int MaxConnectionsPerServer = 4;

    private readonly bool _ownsHandler;

    public HttpSetup(Uri endpoint, HttpMessageHandler? handler, CookieContainer? cookies, IReadOnlyDictionary<string, string> headers, Redaction redaction)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        if (handler is not null)
        {
            RejectCookieHandling(handler);
        }
        _ownsHandler = handler is null;
        Handler = handler ?? new SocketsHttpHandler
        {
            UseCookies = false,
            MaxConnectionsPerServer = MaxConnectionsPerServer,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        };
        Client = new HttpClient(Handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        Cookies = new SessionCookies(cookies);
        Headers = headers;
        Redaction = redaction;
    }

    public Uri Endpoint { get; }

    public HttpMessageHandler Handler { get; }

    /// <summary>True when the caller supplied the handler (the WebSocket upgrade then goes through it too).</summary>
    public bool CallerHandler => !_ownsHandler;

    public HttpClient Client { get; }

    public SessionCookies Cookies { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public Redaction Redaction { get; }

    /// <summary>Adds the caller's headers and the cookie header to a request.</summary>
    public void Decorate(HttpRequestHeaders target, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var (name, value) in Headers)
        {
            target.TryAddWithoutValidation(name, value);
        }
        var cookie = Cookies.HeaderFor(uri);
        if (cookie is not null)
        {
            target.TryAddWithoutValidation("Cookie", cookie);
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        if (_ownsHandler)
        {
            Handler.Dispose();
        }
    }

    // A handler that manages cookies itself would share BAYEUX_BROWSER between every client using it, and the
    // server would throttle them with advice "multiple-clients" (docs/cometd-behaviour.md#browser-cookie). Share cookies through
    // BayeuxClientOptions.CookieContainer instead.
    private static void RejectCookieHandling(HttpMessageHandler handler)
    {
        for (var current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            var usesCookies = current switch
            {
                SocketsHttpHandler sockets => sockets.UseCookies,
                HttpClientHandler client => client.UseCookies,
                _ => false,
            };
            if (usesCookies)
            {
                throw new ArgumentException(
                    "The HTTP handler manages cookies itself (UseCookies = true), so every Bayeux client using it would share "
                    + "one BAYEUX_BROWSER cookie. Set UseCookies = false on the handler and pass the cookies to share with REST "
                    + "requests as BayeuxClientOptions.CookieContainer.",
                    nameof(handler));
            }
        }
    }
}
