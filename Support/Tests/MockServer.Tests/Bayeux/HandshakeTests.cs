using System.Net;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>Handshake reply, BAYEUX_BROWSER cookie and routing on sub-paths (Bayeux spec: "Handshake"; docs/cometd-behaviour.md#browser-cookie, docs/cometd-behaviour.md#request-url).</summary>
public class HandshakeTests
{
    [Test]
    public async Task Handshake_reply_has_clientId_version_types_and_advice()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 1234);
        using var client = server.NewClient();
        var message = client.Handshake();
        var exchange = await client.PostToAsync("/handshake", message);

        var reply = exchange.Reply("1");
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply[Fields.Channel]!.GetValue<string>(), Is.EqualTo(MetaChannels.Handshake));
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            Assert.That(reply[Fields.ClientId]!.GetValue<string>(), Does.Match("^[0-9a-f]{32,}$"), "128+ random bits, hex");
            Assert.That(reply[Fields.Version]!.GetValue<string>(), Is.EqualTo("1.0"));
            Assert.That(reply[Fields.SupportedConnectionTypes]!.AsArray().Select(n => n!.GetValue<string>()),
                Does.Contain(ConnectionTypes.LongPolling).And.Contain(ConnectionTypes.WebSocket));
            Assert.That(JsonNode.DeepEquals(reply[Fields.Advice],
                JsonNode.Parse("""{"reconnect":"retry","timeout":1234,"interval":0}""")), Is.True, exchange.Body);
            Assert.That(reply[Fields.Ext], Is.Null, "no ack offered unless asked");
        });
    }

    [Test]
    public async Task Handshake_sets_BAYEUX_BROWSER_HttpOnly_with_Path_once()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.HandshakeAsync();
        var cookie = client.Cookies.GetCookies(server.Endpoint)[Cookies.BayeuxBrowser];
        Assert.That(cookie, Is.Not.Null, "BAYEUX_BROWSER set on the first handshake");
        Assert.Multiple(() =>
        {
            Assert.That(cookie!.HttpOnly, Is.True);
            Assert.That(cookie.Path, Is.EqualTo("/"));
            Assert.That(cookie.Value, Does.Match("^[0-9a-f]{40}$"));
        });

        var first = cookie!.Value;
        var again = await client.HandshakeAsync();
        Assert.Multiple(() =>
        {
            Assert.That(client.Cookies.GetCookies(server.Endpoint)[Cookies.BayeuxBrowser]!.Value, Is.EqualTo(first));
            Assert.That(again.SetCookies, Is.Empty, "no new cookie when the browser sent one");
        });
    }

    [TestCase("")]
    [TestCase("/")]
    [TestCase("/handshake")]
    [TestCase("/any/sub/path")]
    public async Task Endpoint_answers_on_base_path_and_sub_paths(string suffix)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        var exchange = await client.PostToAsync(suffix, client.Handshake());
        Assert.That(exchange.Reply("1")[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
    }

    [Test]
    public async Task Single_object_body_is_accepted()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        var exchange = await client.PostRawAsync(client.Handshake().ToJsonString());
        Assert.That(exchange.Reply("1")[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
    }

    [Test]
    public async Task Ack_is_offered_only_when_asked_and_enabled()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        var asked = await client.HandshakeAsync(new JsonObject { [Fields.Ack] = true });
        Assert.That(JsonNode.DeepEquals(asked.Reply("1")[Fields.Ext], new JsonObject { [Fields.Ack] = true }), Is.True, asked.Body);

        await using var disabled = await BayeuxTestServer.StartAsync(o => o.AckEnabled = false);
        using var other = disabled.NewClient();
        var refused = await other.HandshakeAsync(new JsonObject { [Fields.Ack] = true });
        Assert.That(refused.Reply("1")[Fields.Ext], Is.Null, refused.Body);
    }

    [Test]
    public async Task WebSocket_is_not_advertised_when_disabled()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.WebSocketEnabled = false);
        using var client = server.NewClient();
        var exchange = await client.HandshakeAsync();
        Assert.That(exchange.Reply("1")[Fields.SupportedConnectionTypes]!.ToJsonString(), Is.EqualTo("""["long-polling"]"""));
    }

    [Test]
    public async Task Handshake_offering_only_unknown_transports_still_succeeds_like_cometd_nodejs_server()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        var handshake = client.Handshake();
        handshake[Fields.SupportedConnectionTypes] = new JsonArray(ConnectionTypes.CallbackPolling);
        var exchange = await client.PostAsync(handshake);
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Reply("1")[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            Assert.That(exchange.Reply("1")[Fields.SupportedConnectionTypes]!.AsArray().Select(n => n!.GetValue<string>()),
                Does.Not.Contain(ConnectionTypes.CallbackPolling));
        });
    }

    [Test]
    public async Task Numeric_id_is_echoed_as_sent()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        var handshake = client.Handshake();
        handshake[Fields.Id] = 42;
        var exchange = await client.PostAsync(handshake);
        Assert.That(exchange.Messages![0]![Fields.Id]!.ToJsonString(), Is.EqualTo("42"), exchange.Body);
    }
}
