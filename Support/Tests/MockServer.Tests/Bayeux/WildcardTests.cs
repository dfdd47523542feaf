using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>Wildcard subscriptions and deduplication (Bayeux spec: "Channel Globbing"; docs/cometd-behaviour.md#overlapping-subscriptions).</summary>
public class WildcardTests
{
    private static async Task<List<string>> ReceivedOnAsync(BayeuxTestServer server, string[] subscriptions, params string[] published)
    {
        using var client = server.NewClient();
        await client.StartAsync(subscriptions);
        foreach (var channel in published)
        {
            server.Bayeux.Publish(TestUsers.Alice, channel, new JsonObject { ["on"] = channel });
        }
        var exchange = await client.PostToAsync("/connect", client.Connect(adviceTimeout: 0));
        return exchange.Events.Select(e => e[Fields.Channel]!.GetValue<string>()).ToList();
    }

    [TestCase("/v2/me/notifications", true)]
    [TestCase("/v2/me/*", true)]
    [TestCase("/v2/me/**", true)]
    [TestCase("/v2/**", true)]
    [TestCase("/**", true)]
    [TestCase("/v2/*", false)]
    [TestCase("/v2/me/notifications/*", false)]
    [TestCase("/v2/me/calls", false)]
    public async Task Pattern_receives_v2_me_notifications(string pattern, bool receives)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var received = await ReceivedOnAsync(server, [pattern], "/v2/me/notifications");
        Assert.That(received, receives ? Is.EqualTo(Enumerable.Repeat("/v2/me/notifications", 1)) : Is.Empty,
            "events carry the concrete channel, never the pattern");
    }

    [Test]
    public async Task Overlapping_subscriptions_deliver_once_per_session()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var received = await ReceivedOnAsync(server, ["/v2/me/notifications", "/v2/me/*", "/**"], "/v2/me/notifications", "/v2/me/chats");
        Assert.That(received, Is.EqualTo(new List<string> { "/v2/me/notifications", "/v2/me/chats" }));
    }

    [Test]
    public async Task Array_subscription_is_recorded_and_echoed()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.StartAsync();
        var subscribe = client.Subscribe(new JsonArray("/v2/me/chats", "/v2/me/calls"));
        var exchange = await client.PostAsync(subscribe);
        Assert.That(JsonNode.DeepEquals(exchange.Reply("3")[Fields.Subscription], new JsonArray("/v2/me/chats", "/v2/me/calls")), Is.True, exchange.Body);
        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/calls", new JsonObject());
        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", new JsonObject());
        var events = await client.PostToAsync("/connect", client.Connect(adviceTimeout: 0));
        Assert.That(events.Events.Select(e => e[Fields.Channel]!.GetValue<string>()), Is.EqualTo(new List<string> { "/v2/me/calls", "/v2/me/chats" }));
    }

    [Test]
    public async Task Unsubscribe_stops_delivery_and_is_echoed()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats", "/v2/me/calls");
        var unsubscribe = client.Subscribe("/v2/me/chats", MetaChannels.Unsubscribe);
        var exchange = await client.PostAsync(unsubscribe);
        var reply = exchange.Reply(unsubscribe[Fields.Id]!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            Assert.That(reply[Fields.Subscription]!.GetValue<string>(), Is.EqualTo("/v2/me/chats"));
        });
        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", new JsonObject());
        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/calls", new JsonObject());
        var events = await client.PostToAsync("/connect", client.Connect(adviceTimeout: 0));
        Assert.That(events.Events.Select(e => e[Fields.Channel]!.GetValue<string>()), Is.EqualTo(Enumerable.Repeat("/v2/me/calls", 1)), events.Body);
    }

    [Test]
    public async Task Service_subscription_is_accepted_but_not_recorded()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var received = await ReceivedOnAsync(server, ["/service/echo"], "/service/echo");
        Assert.That(received, Is.Empty, "service channels are never broadcast (Bayeux spec: \"Service Channels\")");
    }

    [TestCase("/meta/connect")]
    [TestCase("/v2/*")]
    [TestCase("v2/me")]
    public async Task Server_side_publish_to_a_non_broadcast_name_is_a_programming_error(string channel)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        Assert.That(() => server.Bayeux.Publish(TestUsers.Alice, channel, new JsonObject()), Throws.ArgumentException);
    }
}
