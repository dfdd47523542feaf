using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Control;

/// <summary>The session-and-auth deviations break the rule they name ("Return Values", "CSRF Protection"), and only that.</summary>
public sealed class SessionAndAuthDeviationTests
{
    private static async Task<MockHarness> StartAsync(Deviation deviation)
    {
        var options = new MockServerOptions();
        options.Deviations.Add(deviation);
        return await MockHarness.StartAsync(options);
    }

    [Test]
    public async Task AcceptAnyPassword_lets_a_known_user_in_with_a_wrong_password_but_not_an_unknown_user()
    {
        await using var h = await StartAsync(Deviation.AcceptAnyPassword);
        using var wrong = new AgentClient(h.Server.BaseAddress, "agent01", "", "not-the-password");
        using var unknown = new AgentClient(h.Server.BaseAddress, "nobody-here", "", "password");

        var reply = await wrong.GetAsync(ApiPaths.Me);

        reply.StatusCode.Should().Be(GwsStatusCodes.Ok, reply.ToString());
        reply.Json!["user"]!["userName"]!.GetValue<string>().Should().Be("agent01");
        (await unknown.GetAsync(ApiPaths.Me)).StatusCode.Should().Be(GwsStatusCodes.NotAuthenticated);
    }

    [Test]
    public async Task WrongStatusCodeForUnauthenticated_refuses_with_3_instead_of_20()
    {
        await using var h = await StartAsync(Deviation.WrongStatusCodeForUnauthenticated);

        var reply = await h.Anonymous().GetAsync(ApiPaths.Me);

        reply.StatusCode.Should().Be(GwsStatusCodes.OperationForbidden);
        (await h.Agent("agent01").GetAsync(ApiPaths.Me)).StatusCode.Should().Be(GwsStatusCodes.Ok);
    }

    [Test]
    public async Task NoAuthOnNotifications_accepts_an_anonymous_handshake_but_REST_still_needs_credentials()
    {
        await using var h = await StartAsync(Deviation.NoAuthOnNotifications);
        using var anonymous = new WireBayeuxClient(h.Server.BaseAddress, "", "");

        (await anonymous.HandshakeAsync()).Should().Be(HttpStatusCode.OK);
        anonymous.ClientId.Should().NotBeNullOrEmpty();
        (await h.Anonymous().GetAsync(ApiPaths.Me)).StatusCode.Should().Be(GwsStatusCodes.NotAuthenticated);
    }

    [Test]
    public async Task Without_the_deviation_an_anonymous_handshake_gets_401()
    {
        await using var h = await MockHarness.StartAsync();
        using var anonymous = new WireBayeuxClient(h.Server.BaseAddress, "", "");

        (await anonymous.HandshakeAsync()).Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task NoSessionCookie_answers_without_setting_JSESSIONID()
    {
        await using var h = await StartAsync(Deviation.NoSessionCookie);
        var agent = h.Agent("agent01");

        (await agent.GetAsync(ApiPaths.Me)).StatusCode.Should().Be(GwsStatusCodes.Ok);

        agent.Cookies.GetCookies(h.Server.BaseAddress)[HttpNames.SessionCookie].Should().BeNull();
    }

    [Test]
    public async Task IgnoreSessionCookie_sets_the_cookie_but_refuses_it_without_credentials()
    {
        await using var h = await StartAsync(Deviation.IgnoreSessionCookie);
        var agent = h.Agent("agent01");
        (await agent.GetAsync(ApiPaths.Me)).StatusCode.Should().Be(GwsStatusCodes.Ok);
        agent.Cookies.GetCookies(h.Server.BaseAddress)[HttpNames.SessionCookie].Should().NotBeNull();

        agent.Headers.Authorization = null;

        (await agent.GetAsync(ApiPaths.Me)).StatusCode.Should().Be(GwsStatusCodes.NotAuthenticated);
    }

    [Test]
    public async Task SharedSessionAcrossAgents_makes_the_second_agent_act_as_the_first()
    {
        await using var h = await StartAsync(Deviation.SharedSessionAcrossAgents);
        var first = h.Agent("agent01");
        var second = h.Agent("agent02");
        (await first.GetAsync(ApiPaths.Me)).StatusCode.Should().Be(GwsStatusCodes.Ok);

        var reply = await second.GetAsync(ApiPaths.Me);

        reply.Json!["user"]!["userName"]!.GetValue<string>().Should().Be("agent01");
        second.Cookies.GetCookies(h.Server.BaseAddress)[HttpNames.SessionCookie]!.Value
            .Should().Be(first.Cookies.GetCookies(h.Server.BaseAddress)[HttpNames.SessionCookie]!.Value);
    }

    private static async Task<MockHarness> StartWithCsrfAsync(Deviation deviation)
    {
        var options = new MockServerOptions { EnableCsrfProtection = true };
        options.Deviations.Add(deviation);
        return await MockHarness.StartAsync(options);
    }

    [Test]
    public async Task CsrfNotEnforced_accepts_a_write_without_the_token()
    {
        await using var h = await StartWithCsrfAsync(Deviation.CsrfNotEnforced);
        var agent = h.Agent("agent01");

        var accepted = await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat") });

        accepted.StatusCode.Should().Be(GwsStatusCodes.Ok, accepted.ToString());
        (await agent.GetAsync(ApiPaths.Me)).Headers.Contains(HttpNames.CsrfTokenHeader).Should().BeTrue("the token is still handed out");
    }

    [Test]
    public async Task CsrfTokenNotHandedOut_answers_a_GET_without_the_CSRF_headers_and_still_refuses_writes()
    {
        await using var h = await StartWithCsrfAsync(Deviation.CsrfTokenNotHandedOut);
        var agent = h.Agent("agent01");

        var get = await agent.GetAsync(ApiPaths.Me);

        get.StatusCode.Should().Be(GwsStatusCodes.Ok, get.ToString());
        get.Headers.Contains(HttpNames.CsrfHeaderNameHeader).Should().BeFalse();
        get.Headers.Contains(HttpNames.CsrfTokenHeader).Should().BeFalse();
        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat") })).Status.Should().Be(HttpStatusCode.Forbidden);
    }
}
