using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>Basic credentials, JSESSIONID and optional CSRF protection ("CSRF Protection").</summary>
public sealed class SecurityTests
{
    [Test]
    public async Task No_credentials_answer_statusCode_20_with_401()
    {
        await using var h = await MockHarness.StartAsync();
        var anonymous = h.Anonymous();

        foreach (var reply in new[] { await anonymous.GetAsync(ApiPaths.Me), await anonymous.PostAsync(ApiPaths.Me, new JsonObject { ["operationName"] = "Ready" }) })
        {
            reply.Status.Should().Be(HttpStatusCode.Unauthorized);
            reply.StatusCode.Should().Be(GwsStatusCodes.NotAuthenticated);
            reply.Json!["statusMessage"]!.GetValue<string>().Should().Be("Access denied");
        }
    }

    [Test]
    public async Task A_wrong_password_is_refused_like_no_credentials()
    {
        await using var h = await MockHarness.StartAsync();
        using var wrong = new AgentClient(h.Server.BaseAddress, "agent01", "", "not-the-password");

        var reply = await wrong.GetAsync(ApiPaths.Me);

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.StatusCode.Should().Be(GwsStatusCodes.NotAuthenticated);
    }

    [Test]
    public async Task The_JSESSIONID_of_an_authenticated_request_authenticates_later_ones()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var first = await agent.GetAsync(ApiPaths.Me);
        first.StatusCode.Should().Be(0);
        var cookie = agent.Cookies.GetCookies(h.Server.BaseAddress)["JSESSIONID"];
        cookie.Should().NotBeNull();

        agent.Headers.Authorization = null;
        var second = await agent.GetAsync(ApiPaths.Me);

        second.StatusCode.Should().Be(0, second.ToString());
        second.Json!["user"]!["userName"]!.GetValue<string>().Should().Be("agent01");
    }

    [Test]
    public async Task With_CSRF_protection_a_write_needs_the_token_that_a_GET_hands_out()
    {
        var options = new MockServerOptions { EnableCsrfProtection = true };
        await using var h = await MockHarness.StartAsync(options);
        var agent = h.Agent("agent01");

        var refused = await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat") });
        refused.Status.Should().Be(HttpStatusCode.Forbidden);
        refused.Text.Should().Be("Missing or invalid Csrf token");

        var get = await agent.GetAsync(ApiPaths.Me);
        get.Headers.GetValues("X-CSRF-HEADER").Single().Should().Be("X-CSRF-TOKEN");
        var token = get.Headers.GetValues("X-CSRF-TOKEN").Single();
        agent.Headers.Add("X-CSRF-TOKEN", "wrong");
        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat") })).Status.Should().Be(HttpStatusCode.Forbidden);
        agent.Headers.Remove("X-CSRF-TOKEN");
        agent.Headers.Add("X-CSRF-TOKEN", token);

        var accepted = await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat") });

        accepted.StatusCode.Should().Be(0, accepted.ToString());
    }
}
