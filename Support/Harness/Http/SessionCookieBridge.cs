using System.Net;
using Flurl.Http;

namespace Conformance.Harness.Http;

/// <summary>
/// Keeps an agent's Flurl <see cref="CookieJar"/> and the <see cref="CookieContainer"/> its Bayeux client
/// reads in step, so REST and CometD ride one GWS session (JSESSIONID). Before each request the container's
/// cookies go into the jar (the Bayeux client may have stored a refreshed session cookie); after each answer
/// the jar's go into the container. After a request the two agree, so a difference found before the next one
/// can only come from the Bayeux side, which is the newer.
/// </summary>
internal sealed class SessionCookieBridge(CookieJar jar, CookieContainer container, Uri baseUrl)
{
    private readonly string _origin = baseUrl.GetLeftPart(UriPartial.Authority) + "/";

    public void IntoJar()
    {
        foreach (Cookie cookie in container.GetCookies(baseUrl))
        {
            var known = jar.FirstOrDefault(c => c.Name == cookie.Name);
            if (known is null || known.Value != cookie.Value)
            {
                // One cookie per name: the jar keys on name, domain and path, and the two sides may spell the path differently.
                jar.Remove(c => c.Name == cookie.Name);
                jar.AddOrReplace(new FlurlCookie(cookie.Name, cookie.Value, _origin) { Path = cookie.Path, HttpOnly = cookie.HttpOnly });
            }
        }
    }

    public void FromJar()
    {
        foreach (var cookie in jar)
        {
            var existing = container.GetCookies(baseUrl)[cookie.Name];
            if (existing is null || existing.Value != cookie.Value)
            {
                container.Add(baseUrl, new Cookie(cookie.Name, cookie.Value, string.IsNullOrEmpty(cookie.Path) ? "/" : cookie.Path));
            }
        }
    }
}
