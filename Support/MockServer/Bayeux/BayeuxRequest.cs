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
    public static async Task<byte[]?> ReadBodyAsync(HttpContext context, int max)
    {
        if (context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > max)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
