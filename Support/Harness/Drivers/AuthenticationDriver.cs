using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.Bayeux.Transport;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Http;
using Conformance.Harness.Outcomes;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Requests with missing or wrong credentials, the session cookie alone, and the notifications handshake
/// without credentials (Return Values: statusCode 20 "Access denied"; CSRF Protection: the JSESSIONID
/// session; docs/inferences.md#notification-endpoint and #session-cookie).
/// </summary>
public sealed class AuthenticationDriver(TargetRuntime target, ScenarioAgents agents, ScenarioEvidence evidence, LastRequest lastRequest, HandshakeAttempt handshake)
{
    private const string Anonymous = "a client without credentials";
    private const string WrongPasswordSuffix = "-not-the-password";
    private static readonly TimeSpan LeaseTimeout = TimeSpan.FromSeconds(120);

    /// <summary>An account leased for the role with an HTTP session that has made no request yet.</summary>
    public async Task LeaseAsync(string role, bool wrongPassword = false)
    {
        var lease = await target.Pool.LeaseAnyAsync(LeaseTimeout);
        var password = wrongPassword ? target.Options.AgentPassword + WrongPasswordSuffix : target.Options.AgentPassword;
        agents.Add(new AgentSession(role, lease, Open(role, lease.Account, password)));
    }

    /// <summary>GET /api/v2/me with no Authorization header and no cookie; the answer is recorded for a Then step.</summary>
    public async Task AttemptAnonymousReadAsync()
    {
        using var http = Open(Anonymous, null, null);
        Remember(Anonymous, await http.GetAsync(ApiPaths.Me), $"{Anonymous}'s GET {ApiPaths.Me}");
    }

    /// <summary>GET /api/v2/me with the role's account and a wrong password.</summary>
    public async Task AttemptWithWrongPasswordAsync(string role)
    {
        await LeaseAsync(role, wrongPassword: true);
        Remember(role, await agents.Get(role).Http.GetAsync(ApiPaths.Me), $"{role}'s GET {ApiPaths.Me} with a wrong password");
    }

    /// <summary>GET /api/v2/me with no credentials but the role's JSESSIONID cookie.</summary>
    public async Task ReadWithCookieOnlyAsync(string role)
    {
        var cookie = SessionCookie(role) ?? throw new AssertionException($"Expected {role} to hold a {HttpNames.SessionCookie} cookie from its sign-in\nActual: none");
        using var http = Open(role, null, null);
        http.CookieJar.AddOrReplace(HttpNames.SessionCookie, cookie, target.BaseUrl.ToString());
        Remember(role, await http.GetAsync(ApiPaths.Me), $"{role}'s GET {ApiPaths.Me} with its {HttpNames.SessionCookie} cookie and no credentials");
    }

    /// <summary>
    /// One CometD handshake on the notifications endpoint with no Authorization header and no cookie, judged by
    /// the server's answer to it. A client would retry a refused handshake until its deadline; the first answer
    /// already says whether the server accepts it (a successful reply with a clientId) or refuses it.
    /// </summary>
    public async Task AttemptAnonymousHandshakeAsync()
    {
        var message = new JsonObject
        {
            [Fields.Id] = "1",
            [Fields.Channel] = MetaChannels.Handshake,
            [Fields.Version] = Versions.Current,
            [Fields.SupportedConnectionTypes] = new JsonArray(ConnectionTypes.LongPolling),
        };
        using var http = Open(Anonymous, null, null);
        var exchange = await http.PostAsync(Topics.NotificationsPath, new JsonArray(message));
        var reply = FirstReply(exchange.ResponseBody);
        handshake.Accepted = exchange.HttpStatus == (int)System.Net.HttpStatusCode.OK
            && JsonRead.Bool(reply, Fields.Successful) == true && JsonRead.String(reply, Fields.ClientId) is not null;
        handshake.Outcome = exchange.Summary;
    }

    public void ExpectHandshakeRefused()
    {
        if (handshake.Accepted is not false)
        {
            throw new AssertionException($"Expected the notifications handshake without credentials to be refused\nActual: {(handshake.Accepted is null ? "no handshake was attempted" : "accepted: " + handshake.Outcome)}");
        }
    }

    /// <summary>The first message of a Bayeux reply (an array, or a lone object), or null when the body is not Bayeux JSON.</summary>
    private static JsonObject? FirstReply(string body)
    {
        try
        {
            var messages = MessageArrays.Parse(body);
            return messages.Count > 0 ? messages[0] : null;
        }
        catch (BayeuxTransportException)
        {
            return null; // an HTML error page or an empty 401: refused all the same
        }
    }

    /// <summary>The last answer is the user resource of the role's own account.</summary>
    public void ExpectUserOf(string role)
    {
        var agent = agents.Get(role);
        var exchange = lastRequest.Require();
        var userName = (exchange.Json?[ResponseFields.User] as JsonObject)?[DirectoryFields.UserName]?.ToString();
        if (exchange.StatusCode != GwsStatusCodes.Ok || userName != agent.Account)
        {
            throw new AssertionException($"Expected {lastRequest.Description} to be answered with the user {agent.Account}\nActual: {exchange.Summary}");
        }
    }

    /// <summary>The CSRF scenarios need a target with the protection on (profile parameter Csrf=on).</summary>
    public void RequireCsrf()
    {
        if (!target.Options.Csrf)
        {
            throw new NotApplicableException($"{target.Describe()} runs without CSRF protection (profile parameter Csrf=off).");
        }
    }

    /// <summary>POST /api/v2/me Ready with the role's credentials and cookie but without its CSRF token.</summary>
    public async Task AttemptWriteWithoutCsrfTokenAsync(string role)
    {
        var body = new JsonObject { [Parameters.OperationName] = Operations.Ready };
        Remember(role, await agents.Get(role).Http.PostWithoutCsrfTokenAsync(ApiPaths.Me, body), $"{role}'s POST {ApiPaths.Me} Ready without its CSRF token");
    }

    /// <summary>"CSRF Protection": a write without the token gets HTTP 403 with the text "Missing or invalid Csrf token".</summary>
    public void ExpectCsrfRefusal()
    {
        var exchange = lastRequest.Require();
        if (exchange.HttpStatus != (int)System.Net.HttpStatusCode.Forbidden || !exchange.ResponseBody.Contains(HttpNames.CsrfFailureText, StringComparison.Ordinal))
        {
            throw new AssertionException($"Expected {lastRequest.Description} to be refused with HTTP 403 \"{HttpNames.CsrfFailureText}\"\nActual: {exchange.Summary}");
        }
    }

    public void ExpectCsrfToken(string role)
    {
        if (agents.Get(role).Http.CsrfHeader is null)
        {
            throw new AssertionException($"Expected {role}'s GET to hand out the {HttpNames.CsrfHeaderNameHeader} and {HttpNames.CsrfTokenHeader} headers\nActual: no CSRF token was learnt from its answers");
        }
    }

    public void ExpectSessionCookie(string role)
    {
        if (SessionCookie(role) is null)
        {
            throw new AssertionException($"Expected {role} to hold a {HttpNames.SessionCookie} cookie after its first authenticated request\nActual: cookies [{string.Join(", ", agents.Get(role).Http.CookieJar.Select(c => c.Name))}]");
        }
    }

    public void ExpectDistinctSessions(string first, string second)
    {
        var (a, b) = (SessionCookie(first), SessionCookie(second));
        if (a is null || b is null || a == b)
        {
            throw new AssertionException($"Expected {first} and {second} to hold {HttpNames.SessionCookie} cookies of their own\nActual: "
                + (a is null || b is null ? $"{(a is null ? first : second)} holds none" : "the same session id"));
        }
    }

    private string? SessionCookie(string role) =>
        agents.Get(role).Http.CookieJar.FirstOrDefault(c => c.Name == HttpNames.SessionCookie)?.Value;

    private GwsHttpSession Open(string role, string? account, string? password) =>
        new(role, target.BaseUrl, account, password, target.Options.Csrf, target.Options.HttpTimeout, evidence.Record);

    private void Remember(string role, HttpExchange exchange, string description)
    {
        lastRequest.Exchange = exchange;
        lastRequest.Role = role;
        lastRequest.Description = description;
    }
}
