using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>Bayeux over WebSocket at the same path (docs/cometd-behaviour.md#websocket).</summary>
public class WebSocketTests
{
    private static Uri WsUri(BayeuxTestServer server) => new UriBuilder(server.Endpoint) { Scheme = "ws" }.Uri;

    private static async Task<ClientWebSocket> ConnectAsync(BayeuxTestServer server, string user = TestUsers.Alice)
    {
        var socket = new ClientWebSocket();
        if (user.Length > 0)
        {
            socket.Options.SetRequestHeader(TestUsers.Header, user);
        }
        using var limit = new CancellationTokenSource(Waiting.Generous);
        await socket.ConnectAsync(WsUri(server), limit.Token);
        return socket;
    }

    private static async Task SendAsync(WebSocket socket, params JsonObject[] messages)
    {
        using var limit = new CancellationTokenSource(Waiting.Generous);
        await socket.SendAsync(Encoding.UTF8.GetBytes(new JsonArray([.. messages]).ToJsonString()), WebSocketMessageType.Text, true, limit.Token);
    }

    /// <summary>The next frame as a JSON array; fails on deadline saying nothing arrived.</summary>
    private static async Task<JsonArray> ReceiveAsync(WebSocket socket, TimeSpan? within = null)
    {
        using var limit = new CancellationTokenSource(within ?? Waiting.Generous);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, limit.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new AssertionException($"socket closed: {result.CloseStatus} {result.CloseStatusDescription}");
                }
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return JsonNode.Parse(message.ToArray())!.AsArray();
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new AssertionException($"no frame within {(within ?? Waiting.Generous).TotalSeconds} s; partial: {Encoding.UTF8.GetString(message.ToArray())}");
        }
    }

    private static JsonObject Message(string id, string channel, string? clientId, params (string Key, JsonNode? Value)[] fields)
    {
        var message = new JsonObject { [Fields.Id] = id, [Fields.Channel] = channel, [Fields.ClientId] = clientId };
        foreach (var (key, value) in fields)
        {
            message[key] = value;
        }
        return message;
    }

    private static async Task<string> HandshakeAsync(WebSocket socket)
    {
        await SendAsync(socket, Message("1", MetaChannels.Handshake, null,
            (Fields.Version, "1.0"), (Fields.SupportedConnectionTypes, new JsonArray(ConnectionTypes.WebSocket))));
        var reply = (await ReceiveAsync(socket)).Single()!.AsObject();
        Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.True, reply.ToJsonString());
        return reply[Fields.ClientId]!.GetValue<string>();
    }

    private static JsonObject Connect(string id, string clientId, int? adviceTimeout = null) =>
        Message(id, MetaChannels.Connect, clientId, (Fields.ConnectionType, ConnectionTypes.WebSocket),
            (Fields.Advice, adviceTimeout is { } t ? new JsonObject { [Advice.Timeout] = t } : null));

    [Test]
    public async Task Handshake_subscribe_and_held_connect_released_by_a_publish()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var socket = await ConnectAsync(server);
        var clientId = await HandshakeAsync(socket);

        await SendAsync(socket, Message("2", MetaChannels.Subscribe, clientId, (Fields.Subscription, "/v2/me/*")));
        Assert.That((await ReceiveAsync(socket)).Single()![Fields.Successful]!.GetValue<bool>(), Is.True);
        await SendAsync(socket, Connect("3", clientId, adviceTimeout: 0));
        Assert.That((await ReceiveAsync(socket)).Single()![Fields.Id]!.GetValue<string>(), Is.EqualTo("3"));

        await SendAsync(socket, Connect("4", clientId));
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(clientId), () => "websocket connect never held");
        // While the connect is held, other messages on the same socket are still answered.
        await SendAsync(socket, Message("5", MetaChannels.Subscribe, clientId, (Fields.Subscription, "/v2/me/chats")));
        Assert.That((await ReceiveAsync(socket)).Single()![Fields.Id]!.GetValue<string>(), Is.EqualTo("5"));

        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/chats", new JsonObject { ["seq"] = 1 });
        var frame = await ReceiveAsync(socket);
        Assert.Multiple(() =>
        {
            Assert.That(frame, Has.Count.EqualTo(2), frame.ToJsonString());
            Assert.That(frame[0]![Fields.Channel]!.GetValue<string>(), Is.EqualTo("/v2/me/chats"), "delivered once despite overlapping subscriptions");
            Assert.That(frame[1]![Fields.Id]!.GetValue<string>(), Is.EqualTo("4"));
            Assert.That(server.Bayeux.WebSocketBatches, Is.EqualTo(5));
            Assert.That(server.Bayeux.LongPollingBatches, Is.Zero);
        });
    }

    [Test]
    public async Task Held_connect_times_out_with_an_empty_reply()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 500);
        using var socket = await ConnectAsync(server);
        var clientId = await HandshakeAsync(socket);
        await SendAsync(socket, Connect("2", clientId, adviceTimeout: 0));
        await ReceiveAsync(socket);
        await SendAsync(socket, Connect("3", clientId));
        var frame = await ReceiveAsync(socket);
        Assert.That(frame.ToJsonString(), Is.EqualTo("""[{"id":"3","channel":"/meta/connect","successful":true}]"""));
    }

    [Test]
    public async Task Superseded_websocket_connect_gets_no_reply_and_the_newer_one_does()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var socket = await ConnectAsync(server);
        var clientId = await HandshakeAsync(socket);
        await SendAsync(socket, Connect("2", clientId, adviceTimeout: 0));
        await ReceiveAsync(socket);
        await SendAsync(socket, Connect("3", clientId));
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(clientId), () => "connect 3 never held");
        await SendAsync(socket, Connect("4", clientId, adviceTimeout: 0));
        var frame = await ReceiveAsync(socket);
        Assert.That(frame.Select(m => m![Fields.Id]!.GetValue<string>()), Is.EqualTo(Enumerable.Repeat("4", 1)), frame.ToJsonString());
    }

    [Test]
    public async Task Upgrade_without_credentials_is_HTTP_401()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var limit = new CancellationTokenSource(Waiting.Generous);
        Assert.That(async () => await socket.ConnectAsync(WsUri(server), limit.Token), Throws.InstanceOf<WebSocketException>());
        Assert.That(socket.HttpStatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Upgrade_is_refused_when_websocket_is_disabled()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.WebSocketEnabled = false);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader(TestUsers.Header, TestUsers.Alice);
        using var limit = new CancellationTokenSource(Waiting.Generous);
        Assert.That(async () => await socket.ConnectAsync(WsUri(server), limit.Token), Throws.InstanceOf<WebSocketException>());
        Assert.That(socket.HttpStatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Another_users_clientId_on_a_websocket_gets_402()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var alice = await ConnectAsync(server, TestUsers.Alice);
        var clientId = await HandshakeAsync(alice);
        using var bob = await ConnectAsync(server, TestUsers.Bob);
        await SendAsync(bob, Connect("9", clientId));
        var reply = (await ReceiveAsync(bob)).Single()!;
        Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo("402::session_unknown"), reply.ToJsonString());
    }

    [Test]
    public async Task Malformed_frame_closes_the_socket_with_invalid_payload()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var socket = await ConnectAsync(server);
        using var limit = new CancellationTokenSource(Waiting.Generous);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{oops"), WebSocketMessageType.Text, true, limit.Token);
        var result = await socket.ReceiveAsync(new byte[1024], limit.Token);
        Assert.Multiple(() =>
        {
            Assert.That(result.MessageType, Is.EqualTo(WebSocketMessageType.Close));
            Assert.That(socket.CloseStatus, Is.EqualTo(WebSocketCloseStatus.InvalidPayloadData));
        });
    }

    [Test]
    public async Task Session_made_over_websocket_is_released_when_the_socket_drops()
    {
        await using var server = await BayeuxTestServer.StartAsync(o =>
        {
            o.Timeout = 30000;
            o.MaxInterval = 300;
            o.SweepPeriod = 50;
        });
        var socket = await ConnectAsync(server);
        var clientId = await HandshakeAsync(socket);
        await SendAsync(socket, Connect("2", clientId, adviceTimeout: 0));
        await ReceiveAsync(socket);
        await SendAsync(socket, Connect("3", clientId));
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(clientId), () => "connect never held");
        socket.Abort();
        socket.Dispose();
        await Waiting.UntilAsync(() => server.Bayeux.SessionCount == 0, () => $"{server.Bayeux.SessionCount} session(s) alive after the socket dropped");
    }
}
