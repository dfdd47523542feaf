using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// The chat and SMS resources read with GET (SMS API: Resources; the chat forms by analogy): the agent's
/// collection, one session by its own path or by the <c>uri</c>/<c>path</c> its notifications hand out,
/// and its messages with startIndex and count. Every answer is held to Schemas/http and kept as the
/// scenario's last request, so "the attempt is rejected" judges it too.
/// </summary>
public sealed class ResourceDriver(TargetRuntime target, ScenarioAgents agents, ScenarioInteractions interactions, LastRequest lastRequest)
{
    private const string CollectionSchema = "interaction-collection";
    private const string ItemSchema = "interaction-item";
    private const string MessagesSchema = "interaction-messages";
    private const string ErrorSchema = "operation-response";

    /// <summary>How a step names the session to read.</summary>
    public enum Link
    {
        /// <summary><c>/api/v2/me/chats/{id}</c>.</summary>
        OwnPath,

        /// <summary>The <c>uri</c> of the session in the agent's last notification about it.</summary>
        NotifiedUri,

        /// <summary>The <c>path</c> of the session in the agent's last notification, under <c>/api/v2</c>.</summary>
        NotifiedPath,

        /// <summary>An id the target never issued.</summary>
        Unknown,
    }

    public Task ListAsync(string role, MediaKind media, bool allFields) =>
        GetAsync(role, media.MeCollectionPath + (allFields ? $"?{Parameters.Fields}={Parameters.AllFields}" : ""), CollectionSchema);

    public Task ReadAsync(string role, MediaKind media, Link link) => GetAsync(role, PathOf(role, media, link), ItemSchema);

    public Task ReadMessagesAsync(string role, MediaKind media, int? startIndex, int? count)
    {
        var query = string.Join("&", new[]
        {
            startIndex is { } s ? $"{Parameters.StartIndex}={s.ToString(CultureInfo.InvariantCulture)}" : null,
            count is { } c ? $"{Parameters.Count}={c.ToString(CultureInfo.InvariantCulture)}" : null,
        }.OfType<string>());
        var path = $"{PathOf(role, media, Link.OwnPath)}/{ApiPaths.MessagesSegment}" + (query.Length > 0 ? "?" + query : "");
        return GetAsync(role, path, MessagesSchema);
    }

    /// <summary>The collection read with fields=* holds the scenario's session, in the given state.</summary>
    public void ExpectListed(MediaKind media, string state)
    {
        var id = interactions.Of(media).Id;
        var listed = Answer()[media.CollectionKey] as JsonArray;
        var mine = listed?.OfType<JsonObject>().FirstOrDefault(r => r[ResourceFields.Id]?.ToString() == id);
        Expect(mine?[ResourceFields.State]?.ToString() == state, $"the {media.CollectionKey} list to hold {media.Name} {id} in state {state}");
    }

    /// <summary>The collection read without fields holds the session's uri (ReturnValues: uris).</summary>
    public void ExpectUriListed(MediaKind media)
    {
        var path = media.ResourcePath(interactions.Of(media).Id ?? "");
        var uris = (Answer()[ResponseFields.Uris] as JsonArray)?.Select(u => u?.ToString() ?? "") ?? [];
        Expect(uris.Any(u => u.EndsWith(path, StringComparison.Ordinal)), $"the uris to hold one ending in {path}");
    }

    /// <summary>The answer is the scenario's session, in the given state.</summary>
    public void ExpectResource(MediaKind media, string state)
    {
        var resource = Answer()[media.ResourceKey] as JsonObject;
        var id = interactions.Of(media).Id;
        Expect(resource?[ResourceFields.Id]?.ToString() == id && resource?[ResourceFields.State]?.ToString() == state,
            $"the {media.ResourceKey} {id} in state {state}");
    }

    /// <summary>The session in the answer offers at least these capabilities.</summary>
    public void ExpectCapabilities(MediaKind media, IReadOnlyList<string> expected)
    {
        var actual = (Answer()[media.ResourceKey]?[ResourceFields.Capabilities] as JsonArray)?.Select(c => c?.ToString() ?? "").ToList() ?? [];
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        Expect(missing.Count == 0, $"capabilities including {string.Join(", ", expected)} (missing: {string.Join(", ", missing)})");
    }

    /// <summary>The answer holds <paramref name="count"/> messages, the first with index <paramref name="firstIndex"/>, indices increasing.</summary>
    public void ExpectMessages(int count, long firstIndex)
    {
        var indices = ((Answer()[ResponseFields.Messages] as JsonArray)?.OfType<JsonObject>() ?? [])
            .Select(m => m[MessageLogFields.Index] is JsonValue v && v.TryGetValue<long>(out var i) ? i : -1).ToList();
        Expect(indices.Count == count && (count == 0 || indices[0] == firstIndex) && indices.Zip(indices.Skip(1)).All(p => p.Second > p.First),
            $"{count} messages from index {firstIndex}, indices increasing");
    }

    private string PathOf(string role, MediaKind media, Link link)
    {
        var interaction = interactions.Of(media);
        var id = interaction.Id ?? throw new InvalidOperationException($"The scenario has no {ScenarioInteractions.Words(media)} yet");
        var seen = interaction.LastKnownResource.GetValueOrDefault(role);
        return link switch
        {
            Link.OwnPath => $"{media.MeCollectionPath}/{id}",
            Link.Unknown => $"{media.MeCollectionPath}/UNKNOWN{Guid.NewGuid():N}",
            Link.NotifiedUri => seen?[ResourceFields.Uri]?.ToString() is { } uri && Uri.TryCreate(uri, UriKind.Absolute, out var absolute)
                ? absolute.PathAndQuery
                : throw new AssertionException($"Expected {role}'s last notification about {interaction.Describe()} to carry an absolute uri\nActual: {seen?.ToJsonString() ?? "no notification seen"}"),
            Link.NotifiedPath => seen?[ResourceFields.Path]?.ToString() is { Length: > 0 } path
                ? ApiPaths.Prefix + path
                : throw new AssertionException($"Expected {role}'s last notification about {interaction.Describe()} to carry a path\nActual: {seen?.ToJsonString() ?? "no notification seen"}"),
            _ => throw new ArgumentOutOfRangeException(nameof(link)),
        };
    }

    private async Task GetAsync(string role, string path, string schema)
    {
        var exchange = await agents.Get(role).Http.GetAsync(path);
        lastRequest.Exchange = exchange;
        lastRequest.Role = role;
        lastRequest.Description = $"{role}'s GET {path}";
        var against = exchange.StatusCode == GwsStatusCodes.Ok ? schema : ErrorSchema;
        var violations = exchange.Json is null
            ? ["(root): not a JSON object"]
            : (await target.Schemas.ValidateHttpBodyAsync(against, exchange.ResponseBody)).Select(v => v.ToString()).ToList();
        if (violations.Count > 0)
        {
            throw new AssertionException($"Expected the answer to {lastRequest.Description} to match Schemas/http/{against}.schema.json\n"
                + $"Actual: {exchange.Summary}\nViolations (JSON Pointer: rule):\n  " + string.Join("\n  ", violations));
        }
    }

    private JsonObject Answer()
    {
        var exchange = lastRequest.Require();
        Expect(exchange.StatusCode == GwsStatusCodes.Ok, "statusCode 0");
        return exchange.Json!;
    }

    private void Expect(bool holds, string expected)
    {
        if (!holds)
        {
            throw new AssertionException($"Expected {lastRequest.Description} to answer {expected}\nActual: {lastRequest.Require().Summary}");
        }
    }
}
