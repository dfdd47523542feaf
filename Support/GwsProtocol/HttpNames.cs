namespace Conformance.GwsProtocol;

/// <summary>Headers and cookies of authentication and CSRF protection ("CSRF Protection").</summary>
public static class HttpNames
{
    public const string SessionCookie = "JSESSIONID";
    public const string CsrfHeaderNameHeader = "X-CSRF-HEADER";
    public const string CsrfTokenHeader = "X-CSRF-TOKEN";

    /// <summary>The body of a 403 answer to a write without a valid token ("CSRF Protection").</summary>
    public const string CsrfFailureText = "Missing or invalid Csrf token";
}
