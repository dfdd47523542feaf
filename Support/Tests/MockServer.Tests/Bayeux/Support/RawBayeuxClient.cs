using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;

namespace MockServer.Tests.Bayeux.Support;

/// <summary>
/// Hand-written Bayeux over HttpClient (no client library): one cookie jar per client
/// (docs/cometd-behaviour.md#browser-cookie), unique message ids, and helpers that return the raw exchange so tests assert on the wire.
/// </summary>
internal sealed class RawBayeuxClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private int _nextId;

    public RawBayeuxClient(Uri endpoint, string user, CookieContainer? cookies = null)
    {
        _endpoint = endpoint;
        Cookies = cookies ?? new CookieContainer();
        var handler = new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, MaxConnectionsPerServer = 4 };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        if (user.Length > 0)
        {
            _http.DefaultRequestHeaders.Add(TestUsers.Header, user);
        }
    }

    public CookieContainer Cookies { get; }

    public string? ClientId { get; set; }

    public string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<BayeuxExchange> PostRawAsync(string body, string suffix = "")
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var watch = Stopwatch.StartNew();
        using var response = await _http.PostAsync(new Uri(_endpoint + suffix), content);
        var text = await response.Content.ReadAsStringAsync();
        watch.Stop();
        JsonArray? messages = null;
        try
        {
            messages = JsonNode.Parse(text) as JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON (e.g. an empty 500 body): the test looks at Status and Body.
        }
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        return new BayeuxExchange(response.StatusCode, text, messages, watch.Elapsed, setCookies);
    }

    public Task<BayeuxExchange> PostAsync(params JsonObject[] messages) => PostToAsync("", messages);

    public Task<BayeuxExchange> PostToAsync(string suffix, params JsonObject[] messages) =>
        PostRawAsync(new JsonArray([.. messages]).ToJsonString(), suffix);

    public JsonObject Handshake(JsonObject? ext = null) => new()
    {
        [Fields.Id] = NextId(),
        [Fields.Channel] = MetaChannels.Handshake,
        [Fields.Version] = "1.0",
        [Fields.MinimumVersion] = "1.0",
        [Fields.SupportedConnectionTypes] = new JsonArray(ConnectionTypes.LongPolling),
        [Fields.Ext] = ext,
    };

    public JsonObject Connect(int? adviceTimeout = null, long? ack = null)
    {
        var message = new JsonObject
        {
            [Fields.Id] = NextId(),
            [Fields.Channel] = MetaChannels.Connect,
            [Fields.ClientId] = ClientId,
            [Fields.ConnectionType] = ConnectionTypes.LongPolling,
        };
        if (adviceTimeout is { } t)
        {
            message[Fields.Advice] = new JsonObject { [Advice.Timeout] = t };
        }
        if (ack is { } a)
        {
            message[Fields.Ext] = new JsonObject { [Fields.Ack] = a };
        }
        return message;
    }

    public JsonObject Subscribe(JsonNode subscription, string channel = MetaChannels.Subscribe) => new()
    {
        [Fields.Id] = NextId(),
        [Fields.Channel] = channel,
        [Fields.ClientId] = ClientId,
        [Fields.Subscription] = subscription,
    };

    public JsonObject Disconnect() => new()
    {
        [Fields.Id] = NextId(),
        [Fields.Channel] = MetaChannels.Disconnect,
        [Fields.ClientId] = ClientId,
    };

    /// <summary>Handshakes and keeps the clientId; asserts success with the wire in the message.</summary>
    public async Task<BayeuxExchange> HandshakeAsync(JsonObject? ext = null)
    {
        var message = Handshake(ext);
        var exchange = await PostToAsync("/handshake", message);
        var reply = exchange.Reply(message[Fields.Id]!.ToString());
        Assert.That(reply[Fields.Successful]?.GetValue<bool>(), Is.True, exchange.Body);
        ClientId = reply[Fields.ClientId]!.GetValue<string>();
        return exchange;
    }

    /// <summary>The usual start (docs/cometd-behaviour.md#advice-defaults): handshake, first connect with advice.timeout 0, subscribe.</summary>
    public async Task StartAsync(params string[] subscriptions)
    {
        await HandshakeAsync();
        var first = await PostToAsync("/connect", Connect(adviceTimeout: 0));
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK), first.Body);
        foreach (var pattern in subscriptions)
        {
            var message = Subscribe(pattern);
            var exchange = await PostAsync(message);
            Assert.That(exchange.Reply(message[Fields.Id]!.ToString())[Fields.Successful]?.GetValue<bool>(), Is.True, exchange.Body);
        }
    }

    public void Dispose() => _http.Dispose();
}
