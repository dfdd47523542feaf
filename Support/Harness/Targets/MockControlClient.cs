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
    private readonly HttpClient _client = new() { BaseAddress = new Uri(controlUrl.ToString().TrimEnd('/') + "/"), Timeout = timeout };

    public Uri ControlUrl => _client.BaseAddress!;

    /// <summary>A customer starts a chat or SMS session offered straight to <paramref name="userName"/>; returns its id.</summary>
    public async Task<string> OfferAsync(MediaKind media, string userName, string customerNickname, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { [MockControlFields.UserName] = userName, [MockControlFields.CustomerNickname] = customerNickname };
        var answer = await PostAsync(MockControlRoutes.Offers(media.CollectionSegment), body, cancellationToken);
        return answer[MockControlFields.InteractionId]?.GetValue<string>()
            ?? throw new InvalidOperationException($"The mock's offer answer has no interactionId: {answer.ToJsonString()}");
    }

    /// <summary>Returns once every notification caused so far has been handed to the mock's Bayeux sessions.</summary>
    public Task BarrierAsync(CancellationToken cancellationToken = default) => PostAsync(MockControlRoutes.Barrier, [], cancellationToken);

    /// <summary>Arms a backend failure: the next agent operation on the interaction is answered 0, then fails with an Error notification.</summary>
    public Task FailNextOperationAsync(MediaKind media, string interactionId, CancellationToken cancellationToken = default) =>
        PostAsync(MockControlRoutes.BackendFailure(media.CollectionSegment, interactionId), [], cancellationToken);

    /// <summary>The entries the customer's side has seen, in order (after the barrier, so nothing caused so far is missing).</summary>
    public async Task<JsonArray> CustomerTranscriptAsync(MediaKind media, string interactionId, CancellationToken cancellationToken = default)
    {
        await BarrierAsync(cancellationToken);
        var path = MockControlRoutes.CustomerTranscript(media.CollectionSegment, interactionId);
        using var response = await _client.GetAsync(path, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return (JsonNode.Parse(text) as JsonObject)?[MockControlFields.Messages] as JsonArray
            ?? throw new InvalidOperationException($"The mock's control API answered GET {path} without messages: HTTP {(int)response.StatusCode} {text}");
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
