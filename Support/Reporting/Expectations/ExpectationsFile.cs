using System.Text.Json;

namespace Conformance.Reporting.Expectations;

/// <summary>
/// A target's expectations file: the reviewed list of its known deviations (a known
/// deviation is excused by name and reason, never hidden). Format:
/// <code>{ "expectations": [ { "scenario": "Chat Invite: Inviting an unknown agent is rejected", "reason": "ABC-12: returns 422 not 400" } ] }</code>
/// Loading never throws: every problem (missing file, bad JSON, an entry without a scenario or a
/// reason, a duplicate) becomes an entry in <see cref="Problems"/>, which the reports show as
/// harness errors.
/// </summary>
public sealed class ExpectationsFile
{
    public const string ExpectationsProperty = "expectations";
    public const string ScenarioProperty = "scenario";
    public const string ReasonProperty = "reason";

    private ExpectationsFile(string? path, IReadOnlyList<Expectation> entries, IReadOnlyList<string> problems)
    {
        Path = path;
        Entries = entries;
        Problems = problems;
    }

    /// <summary>The file read, or null when the target has none.</summary>
    public string? Path { get; }

    public IReadOnlyList<Expectation> Entries { get; }

    /// <summary>What is wrong with the file itself (independent of the scenarios in the suite).</summary>
    public IReadOnlyList<string> Problems { get; }

    public static ExpectationsFile None { get; } = new(null, [], []);

    public static ExpectationsFile Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return None;
        }

        if (!File.Exists(path))
        {
            return new ExpectationsFile(path, [], [$"Expectations file '{path}' does not exist."]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static ExpectationsFile Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<string>();
        var entries = new List<Expectation>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(ExpectationsProperty, out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"Expectations file '{path}': expected an object with an \"{ExpectationsProperty}\" array.");
                return new ExpectationsFile(path, entries, problems);
            }

            var index = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list.EnumerateArray())
            {
                var scenario = StringProperty(item, ScenarioProperty);
                var reason = StringProperty(item, ReasonProperty);
                if (scenario is null || reason is null)
                {
                    problems.Add($"Expectations file '{path}', entry {index}: needs a non-empty \"{ScenarioProperty}\" and \"{ReasonProperty}\".");
                }
                else if (!seen.Add(ExpectationKey.Normalize(scenario)))
                {
                    problems.Add($"Expectations file '{path}', entry {index}: \"{scenario}\" is listed twice.");
                }
                else
                {
                    entries.Add(new Expectation(ExpectationKey.Normalize(scenario), reason.Trim()));
                }

                index++;
            }
        }
        catch (JsonException e)
        {
            problems.Add($"Expectations file '{path}' is not valid JSON: {e.Message}");
        }

        return new ExpectationsFile(path, entries, problems);
    }

    /// <summary>
    /// The problems of the file plus one per entry that names no scenario of the suite. A scenario
    /// "of the suite" is one in the feature files (<paramref name="knownScenarios"/>, from
    /// <see cref="SuiteCatalog"/>) or one that ran, so a filtered run does not report entries for
    /// scenarios it merely did not select.
    /// </summary>
    public IReadOnlyList<string> Validate(IReadOnlySet<string> knownScenarios)
    {
        ArgumentNullException.ThrowIfNull(knownScenarios);
        var unmatched = Entries
            .Where(e => !knownScenarios.Contains(e.Scenario))
            .Select(e => $"Expectations file '{Path}': \"{e.Scenario}\" matches no scenario (key format: \"<Feature name>: <Scenario name>\").");
        return Problems.Concat(unmatched).ToList();
    }

    /// <summary>The reason a scenario is excused, or null.</summary>
    public string? ReasonFor(string scenarioKey) =>
        Entries.FirstOrDefault(e => string.Equals(e.Scenario, ExpectationKey.Normalize(scenarioKey), StringComparison.Ordinal))?.Reason;

    private static string? StringProperty(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
