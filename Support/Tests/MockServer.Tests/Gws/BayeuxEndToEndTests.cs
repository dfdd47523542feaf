using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>
/// The whole server: REST on one side, real Bayeux long polling on the other. The control
/// API's barrier makes "everything so far is queued" exact, so a connect with advice.timeout 0 shows
/// both presence and absence without waiting.
/// </summary>
public sealed class BayeuxEndToEndTests
{
    private static async Task BarrierAsync(MockGwsServer server)
    {
        using var control = new HttpClient { BaseAddress = server.ControlAddress };
        using var response = await control.PostAsync(MockControlRoutes.Barrier, new StringContent("{}", Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static WireBayeuxClient Subscriber(MockGwsServer server, string userName) =>
        new(server.BaseAddress, userName, server.Directory.FindByName(userName)!.Password);

    [Test]
    public async Task An_offer_and_an_accept_arrive_over_Bayeux_in_the_documented_envelope_and_order()
    {
        await using var server = await MockGwsServer.StartAsync();
        using var bayeux = Subscriber(server, "agent01");
        (await bayeux.HandshakeAsync()).Should().Be(HttpStatusCode.OK);
        await bayeux.SubscribeAsync(Topics.Chats);
        await bayeux.DrainAsync();
        using var rest = new AgentClient(server.BaseAddress, "agent01", "", "password");
        using var control = new HttpClient { BaseAddress = server.ControlAddress };
        using var offerBody = JsonContent.Create(new JsonObject { [MockControlFields.UserName] = "agent01", [MockControlFields.Text] = "Hi" });
        using var offer = await control.PostAsync(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment), offerBody);
        var id = JsonNode.Parse(await offer.Content.ReadAsStringAsync())![MockControlFields.InteractionId]!.GetValue<string>();

        await BarrierAsync(server);
        var invited = await bayeux.DrainAsync();
        invited.Should().ContainSingle();
        invited[0]["channel"]!.GetValue<string>().Should().Be(Topics.Chats);
        invited[0]["data"]!["chat"]!["state"]!.GetValue<string>().Should().Be(InteractionStates.Invited);

        var accept = await rest.OperateAsync(MediaKind.Chat, id, Operations.Accept, new JsonObject { ["nickname"] = "Ann" });
        await BarrierAsync(server);
        var events = await bayeux.DrainAsync();

        events.Select(e => e["data"]!["notificationType"]!.GetValue<string>())
            .Should().Equal(NotificationTypes.StatusChange, NotificationTypes.ParticipantsUpdated, NotificationTypes.NewMessages);
        events[0]["data"]!["referenceId"]!.GetValue<int>().Should().Be(accept.ReferenceId);
        events[2]["data"]!["messages"]!.AsArray().Should().HaveCount(3);
    }

    [Test]
    public async Task Another_agent_subscribed_to_everything_receives_nothing_of_it()
    {
        await using var server = await MockGwsServer.StartAsync();
        using var other = Subscriber(server, "agent02");
        await other.HandshakeAsync();
        await other.SubscribeAsync("/**");
        await other.DrainAsync();
        using var owner = Subscriber(server, "agent01");
        await owner.HandshakeAsync();
        await owner.SubscribeAsync("/v2/me/*");
        await owner.DrainAsync();
        using var control = new HttpClient { BaseAddress = server.ControlAddress };
        using var offerBody = JsonContent.Create(new JsonObject { [MockControlFields.UserName] = "agent01" });
        using var offer = await control.PostAsync(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment), offerBody);
        offer.StatusCode.Should().Be(HttpStatusCode.OK);

        await BarrierAsync(server);

        (await owner.DrainAsync()).Should().ContainSingle();
        (await other.DrainAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Bayeux_requests_are_authenticated_like_REST()
    {
        await using var server = await MockGwsServer.StartAsync();
        using var anonymous = new WireBayeuxClient(server.BaseAddress, "", "");
        using var wrong = new WireBayeuxClient(server.BaseAddress, "agent01", "nope");

        (await anonymous.HandshakeAsync()).Should().Be(HttpStatusCode.Unauthorized);
        (await wrong.HandshakeAsync()).Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_JSESSIONID_from_REST_authenticates_Bayeux()
    {
        await using var server = await MockGwsServer.StartAsync();
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("agent01:password")));
        (await http.GetAsync("api/v2/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        http.DefaultRequestHeaders.Authorization = null;

        using var body = new StringContent("""[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"],"id":"1"}]""", Encoding.UTF8, "application/json");
        using var handshake = await http.PostAsync("api/v2/notifications/handshake", body);

        handshake.StatusCode.Should().Be(HttpStatusCode.OK);
        (await handshake.Content.ReadAsStringAsync()).Should().Contain("\"successful\":true");
    }
}
