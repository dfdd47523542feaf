using Conformance.MockServer.Bayeux;
using Microsoft.AspNetCore.Http;

namespace MockServer.Tests.Bayeux.Support;

/// <summary>Test authenticator: the user is the X-Test-User header; no header is HTTP 401.</summary>
internal sealed class TestUsers : IBayeuxAuthenticator
{
    public const string Header = "X-Test-User";
    public const string Alice = "alice";
    public const string Bob = "bob";

    public string? Authenticate(HttpContext context) =>
        context.Request.Headers.TryGetValue(Header, out var user) && !string.IsNullOrEmpty(user) ? user.ToString() : null;
}
