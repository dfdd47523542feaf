namespace Conformance.MockServer.Bayeux;

/// <summary>Who a Bayeux request belongs to; the GWS side authenticates (Basic, JSESSIONID, CSRF).</summary>
public interface IBayeuxAuthenticator
{
    /// <summary>The authenticated user id, or null when the request must be answered HTTP 401.</summary>
    string? Authenticate(Microsoft.AspNetCore.Http.HttpContext context);
}
