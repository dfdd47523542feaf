using System.Net;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>Requests authenticate like REST, and a clientId is bound to its user (docs/inferences.md#notification-endpoint).</summary>
public class AuthenticationTests
{
    [Test]
    public async Task Unauthenticated_request_is_HTTP_401()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var anonymous = server.NewClient(user: "");
        var exchange = await anonymous.PostAsync(anonymous.Handshake());
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(server.Bayeux.SessionCount, Is.Zero);
        });
    }

    [Test]
    public async Task Another_users_clientId_is_answered_like_an_unknown_one()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var alice = server.NewClient(TestUsers.Alice);
        await alice.StartAsync("/v2/me/chats");
        // Bob uses Alice's cookie jar too, so only the user differs.
        using var bob = new RawBayeuxClient(server.Endpoint, TestUsers.Bob, alice.Cookies) { ClientId = alice.ClientId };
        var connect = await bob.PostToAsync("/connect", bob.Connect());
        var subscribe = await bob.PostAsync(bob.Subscribe("/v2/me/calls"));
        Assert.Multiple(() =>
        {
            Assert.That(connect.Reply("1")[Fields.Error]!.GetValue<string>(), Is.EqualTo("402::session_unknown"), connect.Body);
            Assert.That(subscribe.Reply("2")[Fields.Error]!.GetValue<string>(), Is.EqualTo("402::session_unknown"), subscribe.Body);
        });
    }

    [Test]
    public async Task Publish_reaches_only_the_named_users_sessions()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var alice = server.NewClient(TestUsers.Alice);
        using var bob = server.NewClient(TestUsers.Bob);
        await alice.StartAsync("/v2/me/chats");
        await bob.StartAsync("/v2/me/chats");

        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", new JsonObject { ["to"] = "alice" });
        server.Bayeux.Publish(TestUsers.Bob, "/v2/me/chats", new JsonObject { ["to"] = "bob" });

        var forAlice = await alice.PostToAsync("/connect", alice.Connect());
        var forBob = await bob.PostToAsync("/connect", bob.Connect());
        Assert.Multiple(() =>
        {
            Assert.That(forAlice.Events.Select(e => e[Fields.Data]!["to"]!.GetValue<string>()), Is.EqualTo(Enumerable.Repeat("alice", 1)), forAlice.Body);
            Assert.That(forBob.Events.Select(e => e[Fields.Data]!["to"]!.GetValue<string>()), Is.EqualTo(Enumerable.Repeat("bob", 1)), forBob.Body);
        });
    }

    [Test]
    public async Task PublishToAll_reaches_every_user()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var alice = server.NewClient(TestUsers.Alice);
        using var bob = server.NewClient(TestUsers.Bob);
        await alice.StartAsync("/v2/me/chats");
        await bob.StartAsync("/v2/me/chats");
        server.Bayeux.PublishToAll("/v2/me/chats", new JsonObject { ["to"] = "all" });
        var forAlice = await alice.PostToAsync("/connect", alice.Connect());
        var forBob = await bob.PostToAsync("/connect", bob.Connect());
        Assert.Multiple(() =>
        {
            Assert.That(forAlice.Events, Has.Count.EqualTo(1), forAlice.Body);
            Assert.That(forBob.Events, Has.Count.EqualTo(1), forBob.Body);
        });
    }

    [Test]
    public async Task Without_an_authenticator_every_request_is_user_empty()
    {
        await using var server = await BayeuxTestServer.StartAsync(authenticated: false);
        using var client = server.NewClient(user: "");
        await client.StartAsync("/v2/me/chats");
        server.Bayeux.Publish("", "/v2/me/chats", new JsonObject { ["seq"] = 1 });
        server.Bayeux.Publish("someone", "/v2/me/chats", new JsonObject { ["seq"] = 2 });
        var exchange = await client.PostToAsync("/connect", client.Connect());
        Assert.That(exchange.Events.Select(e => e[Fields.Data]!["seq"]!.GetValue<int>()), Is.EqualTo(Enumerable.Repeat(1, 1)), exchange.Body);
    }
}
