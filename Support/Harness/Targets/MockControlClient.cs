using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.Harness.Targets;

/// <summary>
/// The mock's test-control API (Support/MockServer/Control, not part of GWS): plays the customer and
/// offers the barrier. Reached over HTTP, so the same client serves the in-process mock and a mock
/// running as a separate process.
/// </summary>
public sealed class MockControlClient(Uri controlUrl, TimeSpan timeout) : IDisposable
{
    private const string OffersSegment = "offers";
    private const string BarrierSegment = "barrier";

    private readonly HttpClient _client = new() { BaseAddress = new Uri(controlUrl.ToString().TrimEnd('/') + "/"), Timeout = timeout };

    public Uri ControlUrl => _client.BaseAddress!;

    /// <summary>A customer starts a chat or SMS session offered straight to <paramref name="userName"/>; returns its id.</summary>
    public async Task<string> OfferAsync(MediaKind media, string userName, string customerNickname, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["userName"] = userName, ["customerNickname"] = customerNickname };
        var answer = await PostAsync($"{media.CollectionSegment}/{OffersSegment}", body, cancellationToken);
        return answer["interactionId"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"The mock's offer answer has no interactionId: {answer.ToJsonString()}");
    }

    /// <summary>Returns once every notification caused so far has been handed to the mock's Bayeux sessions.</summary>
    public Task BarrierAsync(CancellationToken cancellationToken = default) => PostAsync(BarrierSegment, [], cancellationToken);

    /// <summary>What the customer of a chat or SMS session has seen so far: its message-log entries, in order.</summary>
    public async Task<JsonArray> CustomerTranscriptAsync(MediaKind media, string id, CancellationToken cancellationToken = default)
    {
        var path = $"{media.CollectionSegment}/{id}/customer/transcript";
        using var response = await _client.GetAsync(path, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonNode.Parse(text) is JsonObject { } json && json[ResponseFields.StatusCode]?.GetValue<int>() == GwsStatusCodes.Ok && json[ResponseFields.Messages] is JsonArray messages
            ? messages
            : throw new InvalidOperationException($"The mock's control API refused GET {path}: HTTP {(int)response.StatusCode} {text}");
    }

    private async Task<JsonObject> PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = JsonNode.Parse(text) as JsonObject;
        if (json?[ResponseFields.StatusCode]?.GetValue<int>() != GwsStatusCodes.Ok)
        {
            throw new InvalidOperationException($"The mock's control API refused POST {path}: HTTP {(int)response.StatusCode} {text}");
        }

        return json;
    }

    public void Dispose() => _client.Dispose();
}
