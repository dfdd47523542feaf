using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Outcomes;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// What only the mock's control API can show or arrange: the customer's side of the transcript (what
/// visibility Agents must keep from it) and a backend failure of the next operation. On a target
/// without the control API the scenario is not applicable.
/// </summary>
public sealed class CustomerViewDriver(TargetRuntime target, ScenarioInteractions interactions)
{
    /// <summary>The next agent operation on the interaction is answered 0, then fails with an Error notification.</summary>
    public Task FailNextOperationAsync(MediaKind media) =>
        Control("a backend failure").FailNextOperationAsync(media, IdOf(media));

    public async Task ExpectNoAgentsOnlyEntryAsync(MediaKind media)
    {
        var transcript = await TranscriptAsync(media);
        var leaked = transcript.Where(e => e[MessageLogFields.Visibility]?.ToString() != Visibilities.All).ToList();
        Expect(leaked.Count == 0, "the customer to see only entries with visibility All", leaked, transcript);
    }

    public async Task ExpectNobodyCalledAsync(MediaKind media, string nickname)
    {
        var transcript = await TranscriptAsync(media);
        var seen = transcript.Where(e => e[MessageLogFields.From]?[ResourceFields.Nickname]?.ToString() == nickname).ToList();
        Expect(seen.Count == 0, $"the customer to see no entry from {nickname}", seen, transcript);
    }

    public async Task ExpectEndsWithAsync(MediaKind media, IReadOnlyList<ContentAssertions.Entry> expected)
    {
        var transcript = await TranscriptAsync(media);
        var last = transcript.TakeLast(expected.Count).ToList();
        var matches = last.Count == expected.Count && expected.Zip(last).All(p =>
            p.Second[MessageLogFields.Type]?.ToString() == p.First.Type
            && p.Second[MessageLogFields.Visibility]?.ToString() == p.First.Visibility
            && $"{p.Second[MessageLogFields.From]?[ResourceFields.Type]} {p.Second[MessageLogFields.From]?[ResourceFields.Nickname]}" == p.First.From
            && (p.First.Text is null || ContentAssertions.EntryText(p.Second) == p.First.Text));
        Expect(matches, "the customer's transcript to end with " + string.Join(", ", expected.Select(e => $"{e.Type}({e.Visibility}) from {e.From}")), last, transcript);
    }

    private async Task<List<JsonObject>> TranscriptAsync(MediaKind media) =>
        [.. (await Control("the customer's transcript").CustomerTranscriptAsync(media, IdOf(media))).OfType<JsonObject>()];

    private MockControlClient Control(string what) => target.Control
        ?? throw new NotApplicableException($"{target.Describe()} has no control API, and this scenario needs {what}.");

    private string IdOf(MediaKind media) =>
        interactions.Of(media).Id ?? throw new InvalidOperationException($"The scenario has no {ScenarioInteractions.Words(media)} yet");

    private static void Expect(bool holds, string expected, IEnumerable<JsonObject> offending, IEnumerable<JsonObject> transcript)
    {
        if (!holds)
        {
            throw new AssertionException($"Expected {expected}\nActual: {new JsonArray([.. offending.Select(e => e.DeepClone())]).ToJsonString()}\n"
                + $"whole transcript: {new JsonArray([.. transcript.Select(e => e.DeepClone())]).ToJsonString()}");
        }
    }
}
