using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.KillMatrix;

/// <summary>Reports/kill-matrix.json: every row with the rule, the verdict and each scenario that caught it.</summary>
internal static class MatrixJson
{
    public static string Write(MatrixResult result)
    {
        var rows = new JsonArray();
        foreach (var row in result.Rows)
        {
            rows.Add(new JsonObject
            {
                ["deviation"] = row.Entry.Name,
                ["class"] = row.Entry.Class.ToString(),
                ["rule"] = row.Entry.Rule,
                ["scope"] = new JsonArray([.. row.Entry.Scope.Select(s => (JsonNode)s)]),
                ["verdict"] = row.Verdict.ToString().ToLowerInvariant(),
                ["explanation"] = row.Explanation,
                ["scenariosRun"] = row.Run.Report?.Scenarios ?? 0,
                ["durationSeconds"] = Math.Round(row.Run.Duration.TotalSeconds, 1),
                ["caughtBy"] = new JsonArray([.. row.CaughtBy.Select(s => (JsonNode)new JsonObject
                {
                    ["id"] = s.Id,
                    ["feature"] = s.Feature,
                    ["scenario"] = s.Name,
                    ["grade"] = s.Grade,
                    ["message"] = s.Message,
                })]),
            });
        }

        var document = new JsonObject
        {
            ["summary"] = result.Summary,
            ["exitCode"] = result.ExitCode,
            ["durationSeconds"] = Math.Round(result.Duration.TotalSeconds, 1),
            ["jobs"] = result.Jobs,
            ["control"] = Control(result.Control, result.ControlPassed),
            ["controlWithCsrf"] = result.CsrfControl is null ? null : Control(result.CsrfControl, result.CsrfControlPassed),
            ["deviations"] = rows,
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Control(SuiteRun run, bool passed) => new()
    {
        ["passed"] = passed,
        ["scenarios"] = run.Report?.Scenarios ?? 0,
        ["problem"] = run.Problem,
        ["failed"] = new JsonArray([.. (run.Report?.Failed ?? []).Select(s => (JsonNode)$"{s.Feature}: {s.Name} ({s.Grade})")]),
    };
}
