using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Http;
using Flurl.Http;
using Flurl.Http.Testing;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// The HTTP driver on Flurl's <see cref="HttpTest"/> (no server): one client and cookie jar per agent, Basic
/// auth and the CSRF token where they belong, answers recorded whatever their status, credentials redacted,
/// the Bayeux client's cookies shared both ways, and HttpClient's exceptions when no answer comes.
/// </summary>
[TestFixture]
[Category("self-check")]
public sealed class HttpSessionChecks
{
    private static readonly Uri Target = new("http://gws.test:8080");

    private static GwsHttpSession Session(string agent, string account, bool csrf, List<HttpExchange> recorded) =>
        new(agent, Target, account, "s3cret-pw", csrf, TimeSpan.FromSeconds(5), recorded.Add);

    [Test]
    public async Task Two_agents_never_share_a_session_cookie()
    {
        using var http = new HttpTest();
        http.RespondWith("""{"statusCode":0}""", cookies: new { JSESSIONID = "alice-session" })
            .RespondWith("""{"statusCode":0}""", cookies: new { JSESSIONID = "bob-session" })
            .RespondWith("""{"statusCode":0}""")
            .RespondWith("""{"statusCode":0}""");
        var recorded = new List<HttpExchange>();
        using var alice = Session("Alice", "agent01", csrf: false, recorded);
        using var bob = Session("Bob", "agent02", csrf: false, recorded);

        await alice.GetAsync(ApiPaths.Me);
        await bob.GetAsync(ApiPaths.Me);
        await alice.PostAsync(ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.Ready });
        await bob.PostAsync(ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.Ready });

        var posts = http.CallLog.Where(c => c.HttpRequestMessage.Method == HttpMethod.Post).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(CookieHeader(posts[0]), Is.EqualTo("JSESSIONID=alice-session"), "Alice's write");
            Assert.That(CookieHeader(posts[1]), Is.EqualTo("JSESSIONID=bob-session"), "Bob's write");
            Assert.That(posts[0].Client, Is.Not.SameAs(posts[1].Client), "one FlurlClient per agent");
            Assert.That(posts[0].Client, Is.Not.SameAs(FlurlHttp.Clients.GetOrAdd(Target.ToString())), "never Flurl's shared default client");
            Assert.That(alice.Cookies.GetCookies(Target)["JSESSIONID"]?.Value, Is.EqualTo("alice-session"), "Alice's Bayeux client gets Alice's cookie");
            Assert.That(bob.Cookies.GetCookies(Target)["JSESSIONID"]?.Value, Is.EqualTo("bob-session"), "Bob's Bayeux client gets Bob's cookie");
        });
    }

    [Test]
    public async Task Every_request_carries_Basic_auth_and_asks_for_JSON()
    {
        using var http = new HttpTest();
        http.RespondWith("""{"statusCode":0}""");
        using var session = Session("Alice", "agent01", csrf: false, []);
        await session.GetAsync(ApiPaths.Me);
        await session.PostAsync(ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.Ready });
        http.ShouldHaveCalled("http://gws.test:8080/api/v2/me").WithBasicAuth("agent01", "s3cret-pw").WithHeader("Accept", "application/json").Times(2);
        http.ShouldHaveCalled("*/api/v2/me").WithVerb(HttpMethod.Post).WithContentType("application/json").WithRequestJson(new { operationName = "Ready" });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task The_CSRF_token_learnt_from_a_GET_goes_on_writes_only_when_the_profile_asks(bool csrf)
    {
        using var http = new HttpTest();
        var csrfHeaders = new Dictionary<string, string>
        {
            [HttpNames.CsrfHeaderNameHeader] = "X-MY-CSRF",
            [HttpNames.CsrfTokenHeader] = "4a92be65-ec55-4aa2-b9df-9518fd870f2f",
        };
        http.RespondWith("""{"statusCode":0}""", headers: csrfHeaders).RespondWith("""{"statusCode":0}""");
        using var session = Session("Alice", "agent01", csrf, []);
        await session.GetAsync(ApiPaths.Me);
        await session.PostAsync(ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.Ready });

        http.ShouldHaveCalled("*").WithVerb(HttpMethod.Get).WithoutHeader("X-MY-CSRF");
        if (csrf)
        {
            http.ShouldHaveCalled("*").WithVerb(HttpMethod.Post).WithHeader("X-MY-CSRF", "4a92be65-ec55-4aa2-b9df-9518fd870f2f");
            Assert.That(session.CsrfHeader, Is.EqualTo(new KeyValuePair<string, string>("X-MY-CSRF", "4a92be65-ec55-4aa2-b9df-9518fd870f2f")));
        }
        else
        {
            http.ShouldHaveCalled("*").WithVerb(HttpMethod.Post).WithoutHeader("X-MY-CSRF");
            Assert.That(session.CsrfHeader, Is.Null);
        }
    }

    [Test]
    public async Task An_error_status_is_recorded_not_thrown_and_the_record_keeps_no_credentials()
    {
        using var http = new HttpTest();
        http.RespondWith("""{"statusCode":0,"user":{"id":"1","password":"hunter2-pw"}}""", headers: new { X_CSRF_TOKEN = "unused" }, cookies: new { JSESSIONID = "abcdef123456" })
            .RespondWith("Missing or invalid Csrf token", 403);
        var recorded = new List<HttpExchange>();
        using var session = Session("Alice", "agent01", csrf: false, recorded);
        await session.GetAsync(ApiPaths.Me);
        var refused = await session.PostAsync(ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.Ready, ["password"] = "typed-pw" });

        var text = string.Join("\n", recorded.Select(e => e.Describe()));
        Assert.Multiple(() =>
        {
            Assert.That(refused.HttpStatus, Is.EqualTo(403));
            Assert.That(refused.ResponseBody, Is.EqualTo("Missing or invalid Csrf token"));
            Assert.That(recorded, Has.Count.EqualTo(2));
            Assert.That(text, Does.Contain("Authorization: Basic " + HttpExchange.Redacted));
            Assert.That(text, Does.Contain("Cookie: " + HttpExchange.Redacted), "the session cookie is sent, and redacted");
            foreach (var secret in new[] { Convert.ToBase64String(Encoding.UTF8.GetBytes("agent01:s3cret-pw")), "s3cret-pw", "abcdef123456", "hunter2-pw", "typed-pw" })
            {
                Assert.That(text, Does.Not.Contain(secret));
            }
        });
    }

    [Test]
    public async Task A_cookie_the_Bayeux_client_stored_goes_on_the_next_request()
    {
        using var http = new HttpTest();
        http.RespondWith("""{"statusCode":0}""", cookies: new { JSESSIONID = "first" }).RespondWith("""{"statusCode":0}""");
        using var session = Session("Alice", "agent01", csrf: false, []);
        await session.GetAsync(ApiPaths.Me);
        session.Cookies.Add(Target, new Cookie("JSESSIONID", "refreshed-by-cometd", "/"));
        await session.GetAsync(ApiPaths.Me);
        Assert.That(CookieHeader(http.CallLog[1]), Is.EqualTo("JSESSIONID=refreshed-by-cometd"));
    }

    [Test]
    public void No_answer_in_time_is_HttpClients_TaskCanceledException()
    {
        using var http = new HttpTest();
        http.SimulateTimeout();
        using var session = Session("Alice", "agent01", csrf: false, []);
        var thrown = Assert.ThrowsAsync<TaskCanceledException>(() => session.GetAsync(ApiPaths.Me));
        Assert.That(thrown!.Message, Does.Contain("GET /api/v2/me").And.Contain("5 s"));
    }

    [Test]
    public void A_refused_connection_is_HttpClients_HttpRequestException()
    {
        using var http = new HttpTest();
        http.SimulateException(new HttpRequestException("Connection refused"));
        using var session = Session("Alice", "agent01", csrf: false, []);
        var thrown = Assert.ThrowsAsync<HttpRequestException>(() => session.GetAsync(ApiPaths.Me));
        Assert.That(thrown!.Message, Does.Contain("GET /api/v2/me").And.Contain("Connection refused"));
    }

    private static string? CookieHeader(FlurlCall call) =>
        call.HttpRequestMessage.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : null;
}
