using System.Net;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>Malformed requests and refused messages: CometD's answers (docs/cometd-behaviour.md#error-strings), never a 5xx.</summary>
public class ErrorTests
{
    [TestCase("{not json")]
    [TestCase("[]")]
    [TestCase("[1,2]")]
    [TestCase("\"a string\"")]
    [TestCase("")]
    [TestCase("[{\"channel\":\"/meta/handshake\"}, 3]")]
    public async Task Malformed_body_is_HTTP_400(string body)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        var exchange = await client.PostRawAsync(body);
        Assert.That(exchange.Status, Is.EqualTo(HttpStatusCode.BadRequest), exchange.Body);
    }

    [Test]
    public async Task Handshake_batched_with_other_messages_is_HTTP_400()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        var exchange = await client.PostAsync(client.Handshake(), client.Subscribe("/v2/me/chats"));
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Status, Is.EqualTo(HttpStatusCode.BadRequest), exchange.Body);
            Assert.That(server.Bayeux.SessionCount, Is.Zero, "no session made");
        });
    }

    [Test]
    public async Task Body_over_MaxMessageBytes_is_HTTP_413()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.MaxMessageBytes = 1000);
        using var client = server.NewClient();
        var handshake = client.Handshake();
        handshake["padding"] = new string('x', 2000);
        var exchange = await client.PostAsync(handshake);
        Assert.That(exchange.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Get_without_upgrade_is_HTTP_400()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add(TestUsers.Header, TestUsers.Alice);
        using var response = await http.GetAsync(server.Endpoint);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static async Task<JsonObject> ReplyToAsync(BayeuxTestServer server, Func<RawBayeuxClient, JsonObject> message, Action<RawBayeuxClient>? before = null)
    {
        using var client = server.NewClient();
        await client.StartAsync();
        before?.Invoke(client);
        var sent = message(client);
        var exchange = await client.PostAsync(sent);
        Assert.That(exchange.Status, Is.EqualTo(HttpStatusCode.OK), exchange.Body);
        var reply = exchange.Messages!.OfType<JsonObject>().Single(m => m[Fields.Successful] is not null);
        Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.False, exchange.Body);
        return reply;
    }

    [Test]
    public async Task Message_without_channel_is_400_channel_missing()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var reply = await ReplyToAsync(server, c => new JsonObject { [Fields.Id] = c.NextId(), [Fields.ClientId] = c.ClientId });
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("400::channel_missing"));
            Assert.That(reply.ContainsKey(Fields.Channel), Is.False, reply.ToJsonString());
        });
    }

    [TestCase(1.5)]
    [TestCase(-0.25)]
    [TestCase("500")]
    [TestCase(true)]
    public async Task Connect_whose_advice_timeout_is_not_an_integer_is_refused_and_the_session_kept(object timeout)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.StartAsync();
        var connect = client.Connect();
        connect[Fields.Advice] = new JsonObject { [Advice.Timeout] = JsonValue.Create(timeout) };

        var refused = await client.PostToAsync("/connect", connect);
        var reply = refused.Reply(connect[Fields.Id]!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.False, refused.Body);
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("400:advice.timeout:integer_expected"));
        });

        var retry = client.Connect(adviceTimeout: 0);
        var again = await client.PostToAsync("/connect", retry);
        Assert.That(again.Reply(retry[Fields.Id]!.ToString())[Fields.Successful]!.GetValue<bool>(), Is.True, again.Body);
    }

    [Test]
    public async Task Connect_whose_ack_is_a_fraction_is_refused()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.AckEnabled = true);
        var reply = await ReplyToAsync(server, c =>
        {
            var connect = c.Connect(adviceTimeout: 0);
            connect[Fields.Ext] = new JsonObject { [Fields.Ack] = 2.5 };
            return connect;
        });
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("400:ext.ack:integer_expected"));
    }

    [Test]
    public async Task Connect_whose_advice_timeout_is_a_whole_number_written_with_a_fraction_is_read_as_that_number()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.StartAsync();
        var connect = client.Connect();
        connect[Fields.Advice] = JsonNode.Parse("{\"timeout\":0.0}");
        var exchange = await client.PostToAsync("/connect", connect);
        Assert.That(exchange.Reply(connect[Fields.Id]!.ToString())[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
    }

    [TestCase("/meta/unknown")]
    [TestCase("/meta/ping")]
    public async Task Unknown_meta_channel_is_403_channel_denied(string channel)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var reply = await ReplyToAsync(server, c => new JsonObject { [Fields.Id] = c.NextId(), [Fields.Channel] = channel, [Fields.ClientId] = c.ClientId });
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("403::channel_denied"));
    }

    [TestCase("no-slash")]
    [TestCase("/a//b")]
    [TestCase("/a/*/b")]
    public async Task Invalid_channel_is_405_channel_invalid(string channel)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var reply = await ReplyToAsync(server, c => new JsonObject { [Fields.Id] = c.NextId(), [Fields.Channel] = channel, [Fields.ClientId] = c.ClientId });
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("405::channel_invalid"));
    }

    [Test]
    public async Task Object_id_is_405_message_id_invalid()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var reply = await ReplyToAsync(server, c => new JsonObject
        {
            [Fields.Id] = new JsonObject(),
            [Fields.Channel] = MetaChannels.Subscribe,
            [Fields.ClientId] = c.ClientId,
            [Fields.Subscription] = "/v2/me/chats",
        });
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("405::message_id_invalid"));
    }

    [Test]
    public async Task Publish_is_403_publish_denied_by_default()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var reply = await ReplyToAsync(server, c => new JsonObject
        {
            [Fields.Id] = c.NextId(),
            [Fields.Channel] = "/v2/me/chats",
            [Fields.ClientId] = c.ClientId,
            [Fields.Data] = new JsonObject { ["x"] = 1 },
        });
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("403::publish_denied"));
            Assert.That(reply[Fields.Channel]!.GetValue<string>(), Is.EqualTo("/v2/me/chats"));
        });
    }

    [Test]
    public async Task Publish_to_a_wildcard_is_405_channel_invalid()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.AllowClientPublish = true);
        var reply = await ReplyToAsync(server, c => new JsonObject
        {
            [Fields.Id] = c.NextId(),
            [Fields.Channel] = "/v2/me/*",
            [Fields.ClientId] = c.ClientId,
            [Fields.Data] = new JsonObject(),
        });
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("405::channel_invalid"));
    }

    [Test]
    public async Task Allowed_publish_reaches_the_same_users_subscribers_in_the_same_batch()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.AllowClientPublish = true);
        using var client = server.NewClient();
        await client.StartAsync();
        var subscribe = client.Subscribe("/v2/me/*");
        var publish = new JsonObject
        {
            [Fields.Id] = client.NextId(),
            [Fields.Channel] = "/v2/me/probe",
            [Fields.ClientId] = client.ClientId,
            [Fields.Data] = new JsonObject { ["hello"] = "from raw probe" },
        };
        var exchange = await client.PostAsync(subscribe, publish);
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Reply("4")[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            Assert.That(exchange.Events.Single()[Fields.Data]!["hello"]!.GetValue<string>(), Is.EqualTo("from raw probe"), exchange.Body);
        });
    }

    [Test]
    public async Task Subscribe_without_subscription_is_403_subscription_missing()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var reply = await ReplyToAsync(server, c => new JsonObject { [Fields.Id] = c.NextId(), [Fields.Channel] = MetaChannels.Subscribe, [Fields.ClientId] = c.ClientId });
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("403::subscription_missing"));
    }

    [Test]
    public async Task Unsubscribe_without_subscription_is_403_subscription_missing()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var reply = await ReplyToAsync(server, c => new JsonObject { [Fields.Id] = c.NextId(), [Fields.Channel] = MetaChannels.Unsubscribe, [Fields.ClientId] = c.ClientId });
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("403::subscription_missing"));
    }

    [TestCase("\"/a/*/b\"")]
    [TestCase("\"/meta/**\"")]
    [TestCase("\"/meta/connect\"")]
    [TestCase("\"relative\"")]
    [TestCase("[\"/v2/me/chats\", 5]")]
    [TestCase("42")]
    public async Task Bad_subscription_is_403_subscription_invalid_and_echoed(string subscription)
    {
        await using var server = await BayeuxTestServer.StartAsync();
        var expected = JsonNode.Parse(subscription);
        var reply = await ReplyToAsync(server, c => c.Subscribe(JsonNode.Parse(subscription)!));
        Assert.Multiple(() =>
        {
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("403::subscription_invalid"));
            Assert.That(JsonNode.DeepEquals(reply[Fields.Subscription], expected), Is.True, reply.ToJsonString());
        });
    }
}
