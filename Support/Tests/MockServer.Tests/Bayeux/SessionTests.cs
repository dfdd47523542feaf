using System.Net;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>Finding sessions through BAYEUX_BROWSER, expiry, multiple clients per browser (docs/cometd-behaviour.md#session-expiry, docs/cometd-behaviour.md#browser-cookie).</summary>
public class SessionTests
{
    private static void AssertSessionUnknownWithHandshakeAdvice(BayeuxExchange exchange, string id)
    {
        var reply = exchange.Reply(id);
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Status, Is.EqualTo(HttpStatusCode.OK), "a Bayeux failure is HTTP 200");
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.False, exchange.Body);
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("402::session_unknown"), exchange.Body);
            Assert.That(JsonNode.DeepEquals(reply[Fields.Advice], JsonNode.Parse("""{"reconnect":"handshake","interval":0}""")), Is.True, exchange.Body);
        });
    }

    [Test]
    public async Task Unknown_clientId_gets_402_with_handshake_advice()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.HandshakeAsync();
        client.ClientId = "0123456789abcdef0123456789abcdef";
        AssertSessionUnknownWithHandshakeAdvice(await client.PostToAsync("/connect", client.Connect()), "2");
    }

    [Test]
    public async Task Valid_clientId_without_the_BAYEUX_BROWSER_cookie_gets_402()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var owner = server.NewClient();
        await owner.HandshakeAsync();
        using var noCookie = server.NewClient();
        noCookie.ClientId = owner.ClientId;
        AssertSessionUnknownWithHandshakeAdvice(await noCookie.PostToAsync("/connect", noCookie.Connect()), "1");
    }

    [Test]
    public async Task Valid_clientId_with_another_browser_cookie_gets_402()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var owner = server.NewClient();
        await owner.HandshakeAsync();
        using var otherBrowser = server.NewClient();
        await otherBrowser.HandshakeAsync();
        otherBrowser.ClientId = owner.ClientId;
        AssertSessionUnknownWithHandshakeAdvice(await otherBrowser.PostToAsync("/connect", otherBrowser.Connect()), "2");
    }

    [Test]
    public async Task Subscribe_with_unknown_session_gets_402_without_advice()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.HandshakeAsync();
        client.ClientId = null;
        var exchange = await client.PostAsync(client.Subscribe("/v2/me/chats"));
        var reply = exchange.Reply("2");
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("402::session_unknown"), exchange.Body);
            Assert.That(reply[Fields.Advice], Is.Null, "advice only on handshake and connect replies (docs/cometd-behaviour.md#advice-defaults)");
        });
    }

    [Test]
    public async Task Session_without_connects_expires_after_maxInterval_and_then_gets_402()
    {
        await using var server = await BayeuxTestServer.StartAsync(o =>
        {
            o.MaxInterval = 300;
            o.SweepPeriod = 50;
        });
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        Assert.That(server.Bayeux.SessionCount, Is.EqualTo(1));
        await Waiting.UntilAsync(() => server.Bayeux.SessionCount == 0, () => $"{server.Bayeux.SessionCount} session(s) still alive");
        AssertSessionUnknownWithHandshakeAdvice(await client.PostToAsync("/connect", client.Connect()), "4");
    }

    [Test]
    public async Task Held_connect_keeps_the_session_alive_beyond_maxInterval()
    {
        await using var server = await BayeuxTestServer.StartAsync(o =>
        {
            o.Timeout = 1500;
            o.MaxInterval = 200;
            o.SweepPeriod = 50;
        });
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        var exchange = await client.PostToAsync("/connect", client.Connect());
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Elapsed, Is.GreaterThan(TimeSpan.FromMilliseconds(1000)), "held past maxInterval");
            Assert.That(exchange.Reply("4")[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
        });
        var next = await client.PostToAsync("/connect", client.Connect(adviceTimeout: 0));
        Assert.That(next.Reply("5")[Fields.Successful]!.GetValue<bool>(), Is.True, "still alive right after the reply: " + next.Body);
    }

    [Test]
    public async Task Second_session_of_a_browser_gets_multiple_clients_advice()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var first = server.NewClient();
        await first.StartAsync("/v2/me/chats");
        using var second = new RawBayeuxClient(server.Endpoint, TestUsers.Alice, first.Cookies);
        await second.StartAsync("/v2/me/chats");
        var held = first.PostToAsync("/connect", first.Connect());
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(first.ClientId!), () => "first connect never held");

        var exchange = await second.PostToAsync("/connect", second.Connect());
        var reply = exchange.Reply("4");
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "answered at once");
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            Assert.That(JsonNode.DeepEquals(reply[Fields.Advice],
                JsonNode.Parse("""{"multiple-clients":true,"reconnect":"retry","interval":2000}""")), Is.True, exchange.Body);
        });
        await first.PostAsync(first.Disconnect());
        await Waiting.WithinAsync(held, "first connect after disconnect");
    }

    [Test]
    public async Task Extra_session_is_refused_when_multiSessionInterval_is_zero()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.MultiSessionInterval = 0);
        using var first = server.NewClient();
        await first.StartAsync();
        using var second = new RawBayeuxClient(server.Endpoint, TestUsers.Alice, first.Cookies);
        await second.StartAsync();
        var held = first.PostToAsync("/connect", first.Connect());
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(first.ClientId!), () => "first connect never held");

        var exchange = await second.PostToAsync("/connect", second.Connect());
        var reply = exchange.Reply("3");
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.False, exchange.Body);
            Assert.That(reply[Fields.Advice]![Advice.Reconnect]!.GetValue<string>(), Is.EqualTo(Advice.ReconnectNone), exchange.Body);
        });
        await first.PostAsync(first.Disconnect());
        await Waiting.WithinAsync(held, "first connect after disconnect");
    }

    [Test]
    public async Task Unlimited_sessions_per_browser_are_all_held()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.MaxSessionsPerBrowser = -1);
        using var first = server.NewClient();
        await first.StartAsync();
        using var second = new RawBayeuxClient(server.Endpoint, TestUsers.Alice, first.Cookies);
        await second.StartAsync();
        var a = first.PostToAsync("/connect", first.Connect());
        var b = second.PostToAsync("/connect", second.Connect());
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(first.ClientId!) && server.Bayeux.IsHoldingConnect(second.ClientId!),
            () => $"held: first {server.Bayeux.IsHoldingConnect(first.ClientId!)}, second {server.Bayeux.IsHoldingConnect(second.ClientId!)}");
        await first.PostAsync(first.Disconnect());
        await second.PostAsync(second.Disconnect());
        await Waiting.WithinAsync(Task.WhenAll(a, b), "both connects after disconnect");
    }

    [Test]
    public async Task Session_that_overflows_MaxQueue_is_removed_and_its_connect_gets_402()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.MaxQueue = 3);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        for (var seq = 1; seq <= 4; seq++)
        {
            server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", new JsonObject { ["seq"] = seq });
        }
        Assert.That(server.Bayeux.SessionCount, Is.Zero, "removed on the 4th event");
        AssertSessionUnknownWithHandshakeAdvice(await client.PostToAsync("/connect", client.Connect()), "4");
    }

    [Test]
    public async Task Session_at_MaxQueue_keeps_every_event()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.MaxQueue = 3);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats");
        for (var seq = 1; seq <= 3; seq++)
        {
            server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", new JsonObject { ["seq"] = seq });
        }
        var exchange = await client.PostToAsync("/connect", client.Connect());
        Assert.That(exchange.Events.Select(e => e[Fields.Data]!["seq"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(1, 3)), exchange.Body);
    }

    [Test]
    public async Task DropSessions_of_a_user_answers_its_held_connect_with_402_and_spares_others()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var alice = server.NewClient(TestUsers.Alice);
        using var bob = server.NewClient(TestUsers.Bob);
        await alice.StartAsync("/v2/me/chats");
        await bob.StartAsync("/v2/me/chats");
        var held = alice.PostToAsync("/connect", alice.Connect());
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(alice.ClientId!), () => "connect never held");

        Assert.That(server.Bayeux.DropSessions(TestUsers.Alice), Is.EqualTo(1));
        AssertSessionUnknownWithHandshakeAdvice(await Waiting.WithinAsync(held, "held connect after DropSessions"), "4");
        var bobs = await bob.PostToAsync("/connect", bob.Connect(adviceTimeout: 0));
        Assert.That(bobs.Reply("4")[Fields.Successful]!.GetValue<bool>(), Is.True, bobs.Body);
    }

    [Test]
    public async Task Shutdown_releases_held_connects_with_402()
    {
        var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 60000);
        using var client = server.NewClient();
        await client.StartAsync();
        var held = client.PostToAsync("/connect", client.Connect());
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(client.ClientId!), () => "connect never held");
        var stopping = server.DisposeAsync().AsTask();
        var exchange = await Waiting.WithinAsync(held, "held connect during shutdown");
        await Waiting.WithinAsync(stopping.ContinueWith(_ => true, TaskScheduler.Default), "host stop");
        Assert.That(exchange.Reply("3")[Fields.Error]!.GetValue<string>(), Is.EqualTo("402::session_unknown"), exchange.Body);
    }
}
