using System.Net;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>How a long poll is held and released (docs/cometd-behaviour.md#server-hold-rules, docs/cometd-behaviour.md#batching).</summary>
public class LongPollTests
{
    private static JsonObject Data(int seq) => new() { ["seq"] = seq };

    [Test]
    public async Task First_connect_returns_at_once_with_advice()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 20000);
        using var client = server.NewClient();
        await client.HandshakeAsync();
        // Even without advice.timeout:0 (Java returns the first connect at once, docs/cometd-behaviour.md#server-hold-rules).
        var exchange = await client.PostToAsync("/connect", client.Connect());
        var reply = exchange.Reply("2");
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            Assert.That(reply[Fields.Advice]?[Advice.Reconnect]?.GetValue<string>(), Is.EqualTo(Advice.ReconnectRetry), exchange.Body);
            Assert.That(exchange.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        });
    }

    [Test]
    public async Task Idle_connect_is_held_until_timeout_and_answered_without_advice()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 700);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        var exchange = await client.PostToAsync("/connect", client.Connect());
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Body, Is.EqualTo("""[{"id":"4","channel":"/meta/connect","successful":true}]"""));
            Assert.That(exchange.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(650)), "held for advice.timeout");
        });
    }

    [Test]
    public async Task Held_connect_is_released_by_a_publish_with_events_before_the_reply()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        var held = client.PostToAsync("/connect", client.Connect());
        await Waiting.UntilAsync(() => HoldsConnect(server, client), () => "connect never held");

        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", Data(1));
        var exchange = await Waiting.WithinAsync(held, "held connect after a publish");

        Assert.Multiple(() =>
        {
            Assert.That(exchange.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)), "released by the event, not the 30 s timeout");
            Assert.That(exchange.Messages!.Count, Is.EqualTo(2), exchange.Body);
            Assert.That(exchange.Messages[0]![Fields.Channel]!.GetValue<string>(), Is.EqualTo("/v2/me/chats"), "event first (CometD order)");
            Assert.That(JsonNode.DeepEquals(exchange.Messages[0]![Fields.Data], Data(1)), Is.True, exchange.Body);
            Assert.That(exchange.Messages[0]![Fields.Id], Is.Not.Null, "events carry a server id");
            Assert.That(exchange.Messages[1]![Fields.Channel]!.GetValue<string>(), Is.EqualTo(MetaChannels.Connect));
            Assert.That(exchange.Messages[1]![Fields.Successful]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task Events_queued_between_connects_come_with_the_next_connect_at_once()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        for (var i = 1; i <= 3; i++)
        {
            server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", Data(i));
        }
        var exchange = await client.PostToAsync("/connect", client.Connect());
        Assert.That(exchange.Events.Select(e => e[Fields.Data]!["seq"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(1, 3)), exchange.Body);
    }

    [Test]
    public async Task Advice_timeout_zero_on_a_connect_answers_at_once()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        var exchange = await client.PostToAsync("/connect", client.Connect(adviceTimeout: 0));
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
            Assert.That(exchange.Reply("4")[Fields.Advice]?[Advice.Timeout]?.GetValue<int>(), Is.EqualTo(30000), "reAdvise when the client sent advice");
        });
    }

    [Test]
    public async Task Connect_batched_with_other_messages_is_not_held()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync();
        var subscribe = client.Subscribe("/v2/me/chats");
        var connect = client.Connect();
        var exchange = await client.PostAsync(subscribe, connect);
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
            Assert.That(exchange.Reply(subscribe[Fields.Id]!.ToString())[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            Assert.That(exchange.Reply(connect[Fields.Id]!.ToString())[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
        });
    }

    [Test]
    public async Task Superseded_connect_gets_its_successful_reply_without_events_and_the_new_one_is_held()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        var olderConnect = client.Connect();
        var older = client.PostToAsync("/connect", olderConnect);
        await Waiting.UntilAsync(() => HoldsConnect(server, client), () => "first connect never held");
        var newer = client.PostToAsync("/connect", client.Connect());

        var superseded = await Waiting.WithinAsync(older, "superseded connect");
        Assert.Multiple(() =>
        {
            Assert.That(superseded.Status, Is.EqualTo(HttpStatusCode.OK), "never a 5xx");
            Assert.That(superseded.Reply(olderConnect[Fields.Id]!.ToString())[Fields.Successful]!.GetValue<bool>(), Is.True, superseded.Body);
            Assert.That(superseded.Events, Is.Empty, superseded.Body);
        });
        await Waiting.UntilAsync(() => HoldsConnect(server, client), () => "second connect never held");
        Assert.That(newer.IsCompleted, Is.False, "the newer connect is held");
        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", Data(1));
        var released = await Waiting.WithinAsync(newer, "newer connect");
        Assert.That(released.Events, Has.Count.EqualTo(1), released.Body);
    }

    [Test]
    public async Task Superseded_connect_can_end_with_CometDs_empty_HTTP_status_instead()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.DuplicateMetaConnectHttpResponseCode = 409);
        using var client = server.NewClient();
        await client.StartAsync();
        var older = client.PostToAsync("/connect", client.Connect());
        await Waiting.UntilAsync(() => HoldsConnect(server, client), () => "first connect never held");
        _ = client.PostToAsync("/connect", client.Connect(adviceTimeout: 0));
        var superseded = await Waiting.WithinAsync(older, "superseded connect");
        Assert.Multiple(() =>
        {
            Assert.That(superseded.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(superseded.Body, Is.Empty);
        });
    }

    [Test]
    public async Task Disconnect_releases_the_held_connect_and_ends_the_session()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        var held = client.PostToAsync("/connect", client.Connect());
        await Waiting.UntilAsync(() => HoldsConnect(server, client), () => "connect never held");

        var disconnect = await client.PostToAsync("/disconnect", client.Disconnect());
        var released = await Waiting.WithinAsync(held, "held connect after disconnect");
        var after = await client.PostToAsync("/connect", client.Connect());
        Assert.Multiple(() =>
        {
            Assert.That(disconnect.Reply("5")[Fields.Successful]!.GetValue<bool>(), Is.True, disconnect.Body);
            Assert.That(released.Reply("4")[Fields.Successful]!.GetValue<bool>(), Is.True, released.Body);
            Assert.That(after.Reply("6")[Fields.Error]!.GetValue<string>(), Is.EqualTo("402::session_unknown"), after.Body);
            Assert.That(server.Bayeux.SessionCount, Is.Zero);
        });
    }

    [Test]
    public async Task Events_ride_on_any_reply_of_the_session()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", Data(7));
        var exchange = await client.PostAsync(client.Subscribe("/v2/me/calls"));
        Assert.That(exchange.Events.Select(e => e[Fields.Data]!["seq"]!.GetValue<int>()), Is.EqualTo(Enumerable.Repeat(7, 1)), exchange.Body);
    }

    [Test]
    public async Task Publish_order_is_kept_per_session()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/**");
        for (var i = 1; i <= 50; i++)
        {
            server.Bayeux.Publish(TestUsers.Alice, i % 2 == 0 ? "/v2/me/chats" : "/v2/me/im-sessions", Data(i));
        }
        var exchange = await client.PostToAsync("/connect", client.Connect());
        Assert.That(exchange.Events.Select(e => e[Fields.Data]!["seq"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(1, 50)), exchange.Body);
    }

    internal static bool HoldsConnect(BayeuxTestServer server, RawBayeuxClient client) =>
        server.Bayeux.IsHoldingConnect(client.ClientId!);
}
