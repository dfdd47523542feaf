using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.GwsProtocol;

namespace MockServer.Tests.Support;

/// <summary>
/// A deliberately small long-polling Bayeux client written as raw JSON over HttpClient, so the mock's
/// end-to-end tests depend on neither the suite's Bayeux client nor its timing (Bayeux spec: "Meta Message Field Definitions").
/// </summary>
internal sealed class WireBayeuxClient : IDisposable
{
    private readonly HttpClient _http;
    private int _nextId;

    public WireBayeuxClient(Uri baseAddress, string userName, string password)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseAddress, Topics.NotificationsPath.TrimStart('/') + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (userName.Length > 0)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        }
    }

    public string? ClientId { get; private set; }

    public async Task<HttpStatusCode> HandshakeAsync()
    {
        var (status, replies) = await SendAsync("handshake", new JsonObject
        {
            [Fields.Channel] = MetaChannels.Handshake,
            [Fields.Version] = "1.0",
            [Fields.SupportedConnectionTypes] = new JsonArray(ConnectionTypes.LongPolling),
        });
        ClientId = replies.FirstOrDefault()?[Fields.ClientId]?.GetValue<string>();
        return status;
    }

    public async Task SubscribeAsync(string channel)
    {
        var (_, replies) = await SendAsync("subscribe", new JsonObject
        {
            [Fields.Channel] = MetaChannels.Subscribe,
            [Fields.ClientId] = ClientId,
            [Fields.Subscription] = channel,
        });
        if (replies.FirstOrDefault()?[Fields.Successful]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException($"Subscribe to {channel} failed: {new JsonArray([.. replies]).ToJsonString()}");
        }
    }

    /// <summary>
    /// One /meta/connect with advice.timeout 0: the server answers at once with whatever is queued for
    /// this session. Call after the control API's barrier, so everything caused so far is queued.
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> DrainAsync()
    {
        var (_, replies) = await SendAsync("connect", new JsonObject
        {
            [Fields.Channel] = MetaChannels.Connect,
            [Fields.ClientId] = ClientId,
            [Fields.ConnectionType] = ConnectionTypes.LongPolling,
            [Fields.Advice] = new JsonObject { [Advice.Timeout] = 0 },
        });
        return [.. replies.Where(r => r[Fields.Channel]?.GetValue<string>() is { } c && !c.StartsWith(MetaChannels.Prefix, StringComparison.Ordinal))];
    }

    private async Task<(HttpStatusCode Status, List<JsonObject> Replies)> SendAsync(string path, JsonObject message)
    {
        message[Fields.Id] = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var content = new StringContent(new JsonArray(message).ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        var replies = response.IsSuccessStatusCode && JsonNode.Parse(text) is JsonArray array
            ? array.OfType<JsonObject>().ToList()
            : [];
        return (response.StatusCode, replies);
    }

    public void Dispose() => _http.Dispose();
}
