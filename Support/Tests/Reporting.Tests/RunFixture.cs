using Conformance.Reporting.Model;

namespace Reporting.Tests;

/// <summary>
/// Builds run events the way the runner raises them, with a fixed clock, so report output is
/// byte-for-byte reproducible in golden files.
/// </summary>
public sealed class RunFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);

    private readonly List<ScenarioResult> _scenarios = [];
    private int _clockMs;

    public IReadOnlyList<ScenarioResult> Scenarios => _scenarios;

    public static FeatureInfo Feature(string name, string path, params string[] tags) => new(name, string.Empty, path, tags);

    public static ScenarioInfo Scenario(FeatureInfo feature, string name, int line, string[]? tags = null, Dictionary<string, string>? examples = null) =>
        new(feature, name, examples is null ? name : $"{name}({string.Join(",", examples.Values)})", line, tags ?? [], examples ?? []);

    /// <summary>A scenario whose steps pass up to <paramref name="failAt"/> (0-based), which ends with <paramref name="outcome"/>; later steps are skipped.</summary>
    public ScenarioResult Add(
        ScenarioInfo scenario,
        Outcome outcome,
        string[] steps,
        int failAt = -1,
        ErrorInfo? error = null,
        string? reason = null,
        Attachment[]? stepAttachments = null,
        Attachment[]? scenarioAttachments = null)
    {
        var start = Tick(0);
        var results = new List<StepResult>();
        for (var i = 0; i < steps.Length; i++)
        {
            var space = steps[i].IndexOf(' ', StringComparison.Ordinal);
            var info = new StepInfo(scenario, steps[i][..space] + " ", steps[i][(space + 1)..], scenario.Line + 1 + i, i, null, null);
            var stepOutcome = failAt < 0 ? outcome is Outcome.Passed ? Outcome.Passed : Outcome.Skipped
                : i < failAt ? Outcome.Passed : i == failAt ? outcome : Outcome.Skipped;
            var stepStart = Tick(1);
            results.Add(new StepResult(
                info,
                stepOutcome,
                stepStart,
                Tick(10),
                i == failAt ? error : null,
                i == failAt || (failAt < 0 && i == steps.Length - 1) ? stepAttachments ?? [] : []));
        }

        var result = new ScenarioResult(scenario, outcome, start, Tick(2), results, failAt >= 0 ? error : null, reason, scenarioAttachments ?? []);
        _scenarios.Add(result);
        return result;
    }

    public RunResult Run(string featuresRoot = "Features")
    {
        var features = _scenarios
            .GroupBy(s => s.Scenario.Feature)
            .Select(g => new FeatureResult(g.Key, g.Min(s => s.Start), g.Max(s => s.Stop), g.ToList()))
            .ToList();
        return new RunResult(new RunInfo(Start, featuresRoot), Tick(5), features);
    }

    private DateTimeOffset Tick(int ms)
    {
        _clockMs += ms;
        return Start.AddMilliseconds(_clockMs);
    }
}
