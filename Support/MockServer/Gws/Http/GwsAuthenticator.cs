using System.Net.Http.Headers;
using System.Text;
using Conformance.GwsProtocol;
using Conformance.MockServer.Bayeux;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Http;

/// <summary>
/// Who sent a request ("CSRF Protection"; Basic authentication): valid Basic credentials, or else the JSESSIONID of an earlier
/// authenticated request. Credentials that are present but wrong fail even with a valid cookie. The
/// Bayeux endpoint authenticates through the same code (docs/inferences.md#notification-endpoint).
/// </summary>
internal sealed class GwsAuthenticator(UserDirectory directory, SessionStore sessions, DeviationSwitches deviations) : IBayeuxAuthenticator
{
    private const string HttpSessionItem = "gws.session";

    /// <summary>The first session opened, which every sign-in joins under <see cref="Deviation.SharedSessionAcrossAgents"/>.</summary>
    private HttpSession? _shared;

    /// <summary>The Bayeux side: the user, or "" (anonymous) under <see cref="Deviation.NoAuthOnNotifications"/>, or null (HTTP 401).</summary>
    public string? Authenticate(HttpContext context) =>
        Resolve(context)?.UserId ?? (deviations.IsOn(Deviation.NoAuthOnNotifications) ? "" : null);

    /// <summary>The session of the request, creating one (and its cookie) on first authenticated use.</summary>
    public HttpSession? Resolve(HttpContext context)
    {
        if (context.Items.TryGetValue(HttpSessionItem, out var known) && known is HttpSession resolved)
        {
            return resolved;
        }

        var cookie = deviations.IsOn(Deviation.IgnoreSessionCookie) ? null : sessions.Find(context.Request.Cookies[HttpNames.SessionCookie]);
        var header = context.Request.Headers.Authorization.ToString();
        HttpSession? session;
        if (header.Length > 0)
        {
            var user = FromBasic(header);
            if (user is null)
            {
                return null;
            }

            session = cookie is not null && cookie.UserId == user.Id ? cookie : sessions.Create(user.Id);
            if (deviations.IsOn(Deviation.SharedSessionAcrossAgents))
            {
                session = Interlocked.CompareExchange(ref _shared, session, null) ?? session;
            }
        }
        else
        {
            session = cookie;
        }

        if (session is not null && !ReferenceEquals(session, cookie) && !deviations.IsOn(Deviation.NoSessionCookie))
        {
            context.Response.Cookies.Append(HttpNames.SessionCookie, session.Id, new CookieOptions { Path = "/", HttpOnly = true });
        }

        context.Items[HttpSessionItem] = session;
        return session;
    }

    private DirectoryUser? FromBasic(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || value.Parameter is null)
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null
            : deviations.IsOn(Deviation.AcceptAnyPassword) ? directory.FindByName(decoded[..colon])
            : directory.Authenticate(decoded[..colon], decoded[(colon + 1)..]);
    }
}
