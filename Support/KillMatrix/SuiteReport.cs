using System.Text.Json.Nodes;

namespace Conformance.KillMatrix;

/// <summary>
/// What the kill matrix needs from a run's <c>conformance.json</c>: how many scenarios ran and the ones that
/// failed, each with the grade the suite gave it.
/// </summary>
internal sealed record SuiteReport(int Scenarios, int GateExitCode, IReadOnlyList<GradedScenario> Failed)
{
    /// <summary>The grades that mean the suite noticed a departure from the docs.</summary>
    public static readonly IReadOnlySet<string> DetectingGrades = new HashSet<string>(StringComparer.Ordinal) { "non-conformant", "non-strict" };

    public const string HarnessError = "harness-error";

    /// <summary>Reads a conformance report; throws <see cref="FormatException"/> naming what is missing.</summary>
    public static SuiteReport Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("conformance.json is not a JSON object");
        var scenarios = root["totals"]?["scenarios"]?.GetValue<int>() ?? throw new FormatException("conformance.json has no totals.scenarios");
        var gate = root["gate"]?["exitCode"]?.GetValue<int>() ?? throw new FormatException("conformance.json has no gate.exitCode");
        var failures = (root["failures"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(
            f => f["id"]?.GetValue<string>() ?? "", f => f, StringComparer.Ordinal);
        var failed = new List<GradedScenario>();
        foreach (var scenario in ScenariosOf(root))
        {
            var grade = scenario["grade"]?.GetValue<string>() ?? "";
            if (!DetectingGrades.Contains(grade) && grade != HarnessError)
            {
                continue;
            }

            var id = scenario["id"]?.GetValue<string>() ?? "";
            failures.TryGetValue(id, out var failure);
            failed.Add(new GradedScenario(
                scenario["caseId"]?.GetValue<string>() ?? StableId(scenario) ?? id,
                scenario["feature"]?.GetValue<string>() ?? "",
                scenario["name"]?.GetValue<string>() ?? "",
                grade,
                FirstLine(failure?["message"]?.GetValue<string>() ?? failure?["reason"]?.GetValue<string>())));
        }

        return new SuiteReport(scenarios, gate, failed);
    }

    private static IEnumerable<JsonObject> ScenariosOf(JsonObject root) =>
        (root["apis"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(api => (api["operations"] as JsonArray ?? []).OfType<JsonObject>())
            .SelectMany(op => (op["scenarios"] as JsonArray ?? []).OfType<JsonObject>());

    /// <summary>The scenario's <c>@id-…</c> tag when it has one: it survives a reworded title.</summary>
    private static string? StableId(JsonObject scenario) =>
        (scenario["tags"] as JsonArray ?? []).Select(t => t?.GetValue<string>()).FirstOrDefault(t => t is not null && t.StartsWith("id-", StringComparison.Ordinal));

    private static string FirstLine(string? text) =>
        text is null ? "" : text.Split('\n', 2)[0].Trim();
}
