using Conformance.MockServer.Input;

namespace Conformance.MockServer.Bayeux;

/// <summary>Request plumbing shared by both transports: the user, and a bounded body.</summary>
internal static class BayeuxRequest
{
    /// <summary>
    /// The request's user from the registered <see cref="IBayeuxAuthenticator"/> (the GWS side: Basic,
    /// JSESSIONID, CSRF), or "" (anonymous) when none is registered. Null means HTTP 401.
    /// </summary>
    public static string? UserOf(HttpContext context)
    {
        var authenticator = context.RequestServices.GetService<IBayeuxAuthenticator>();
        return authenticator is null ? "" : authenticator.Authenticate(context);
    }

    /// <summary>The request body, or null (HTTP 413 set) when it exceeds <paramref name="max"/> bytes.</summary>
    public static async Task<ArraySegment<byte>?> ReadBodyAsync(HttpContext context, int max)
    {
        var body = await BoundedBody.ReadAsync(context.Request, max, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        return body;
    }
}
