using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using Microsoft.Extensions.Options;

namespace Conformance.MockServer.Gws.Http;

/// <summary>
/// Authentication and CSRF protection in front of every <c>/api/v2</c> resource ("CSRF Protection"),
/// the Bayeux endpoint included (its handler authenticates again through the same cached session).
/// </summary>
internal sealed class GwsSecurityMiddleware(
    RequestDelegate next, GwsAuthenticator authenticator, ApiHttp http, IOptions<MockServerOptions> options, DeviationSwitches deviations)
{
    public const string UserIdItem = "gws.userId";

    /// <summary>The signed-in user of a request that passed this middleware.</summary>
    public static string UserId(HttpContext context) => (string)context.Items[UserIdItem]!;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments(ApiPaths.Prefix))
        {
            await next(context);
            return;
        }

        // Credentials come first on every method and sub-path, the notifications endpoint included:
        // nothing about a route (not even whether it exists or is a WebSocket upgrade) is revealed
        // to an unauthenticated client.

        var session = authenticator.Resolve(context);
        if (session is null && deviations.IsOn(Deviation.NoAuthOnNotifications) && path.StartsWithSegments(Topics.NotificationsPath))
        {
            await next(context);
            return;
        }

        if (session is null)
        {
            var refusal = deviations.IsOn(Deviation.WrongStatusCodeForUnauthenticated) ? GwsStatusCodes.OperationForbidden : GwsStatusCodes.NotAuthenticated;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"GWS mock\"";
            await http.WriteAsync(context, ApiResult.Fail(refusal, GwsStatusCodes.AccessDeniedMessage));
            return;
        }

        // CSRF is not checked on the Bayeux endpoint (README: the GWS docs ask it of REST writes only).
        if (options.Value.EnableCsrfProtection && !path.StartsWithSegments(Topics.NotificationsPath))
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                if (deviations.IsOn(Deviation.CsrfTokenNotHandedOut))
                {
                    context.Items[UserIdItem] = session.UserId;
                    await next(context);
                    return;
                }

                context.Response.Headers[HttpNames.CsrfHeaderNameHeader] = HttpNames.CsrfTokenHeader;
                context.Response.Headers[HttpNames.CsrfTokenHeader] = session.CsrfToken;
            }
            else if (!CarriesToken(context, session) && !deviations.IsOn(Deviation.CsrfNotEnforced))
            {
                context.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync(HttpNames.CsrfFailureText, context.RequestAborted);
                return;
            }
        }

        context.Items[UserIdItem] = session.UserId;
        await next(context);
    }

    /// <summary>A write must come with the session's cookie and its token ("CSRF Protection": a missing token or cookie gets 403).</summary>
    private static bool CarriesToken(HttpContext context, HttpSession session) =>
        string.Equals(context.Request.Cookies[HttpNames.SessionCookie], session.Id, StringComparison.Ordinal)
        && string.Equals(context.Request.Headers[HttpNames.CsrfTokenHeader].ToString(), session.CsrfToken, StringComparison.Ordinal);
}
