using System.Net;
using Conformance.Bayeux.Protocol;

namespace Conformance.Bayeux.Transport;

/// <summary>
/// The cookies one client sends. CometD finds sessions through <c>BAYEUX_BROWSER</c> and throttles two sessions
/// that share it (docs/cometd-behaviour.md#browser-cookie), so that cookie is always private to this client; every other cookie (the GWS
/// session cookie) lives in the caller's container when one is given, so REST and CometD requests stay in one
/// session, as GWS requires.
/// </summary>
public sealed class SessionCookies(CookieContainer? shared)
{
    private readonly CookieContainer _own = new();

    /// <summary>The Cookie header for <paramref name="uri"/>, or null when there is nothing to send.</summary>
    public string? HeaderFor(Uri uri)
    {
        var pairs = new List<string>();
        if (shared is not null)
        {
            pairs.AddRange(shared.GetCookies(uri).Where(c => !IsBrowserCookie(c.Name)).Select(c => c.Name + "=" + c.Value));
        }
        pairs.AddRange(_own.GetCookies(uri).Select(c => c.Name + "=" + c.Value));
        return pairs.Count == 0 ? null : string.Join("; ", pairs);
    }

    /// <summary>Stores the Set-Cookie headers of a response.</summary>
    public void Store(Uri uri, IEnumerable<string> setCookieHeaders)
    {
        ArgumentNullException.ThrowIfNull(setCookieHeaders);
        foreach (var header in setCookieHeaders)
        {
            var name = header.Split('=', 2)[0].Trim();
            var jar = IsBrowserCookie(name) || shared is null ? _own : shared;
            try
            {
                jar.SetCookies(uri, header);
            }
            catch (CookieException)
            {
                // A malformed cookie is the server's problem; the traffic snapshot shows the header.
            }
        }
    }

    /// <summary>The BAYEUX_BROWSER value this client holds, if any (for tests and reports).</summary>
    public string? BrowserCookie(Uri uri) => _own.GetCookies(uri)[Cookies.BayeuxBrowser]?.Value;

    private static bool IsBrowserCookie(string name) => string.Equals(name, Cookies.BayeuxBrowser, StringComparison.OrdinalIgnoreCase);
}
