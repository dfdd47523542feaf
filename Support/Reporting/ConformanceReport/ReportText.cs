using System.Globalization;
using Conformance.Reporting.Grading;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>Phrases shared by the Markdown, HTML and console reports, so they say the same thing.</summary>
public static class ReportText
{
    public static string Title(RunProvenance provenance) => $"{provenance.SuiteName}: conformance report for {provenance.TargetName}";

    public static string When(RunProvenance provenance) =>
        $"{provenance.Start.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC, {Duration(provenance.Duration)}";

    public static string Duration(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    public static string GateLine(ConformanceRun run) =>
        $"{(run.Verdict.ShouldFail ? "FAILED" : "PASSED")} (exit code {run.Verdict.ExitCode}): {run.Verdict.Reason}";

    public static string Location(GradedScenario scenario) =>
        $"{scenario.Scenario.Feature.RelativePath.Replace('\\', '/')}:{scenario.Scenario.Line}";

    /// <summary>The short note shown next to a grade in the matrix.</summary>
    public static string? Note(GradedScenario scenario) => scenario.Grade switch
    {
        Grade.NonConformant or Grade.NonStrict => scenario.Failure?.Headline ?? scenario.Reason,
        Grade.HarnessError => scenario.Reason ?? scenario.Failure?.Headline,
        Grade.Informational => FirstLine(scenario.Observation) ?? scenario.Reason,
        _ => scenario.Reason,
    };

    public static string? FirstLine(string? text) => text?.Split('\n', 2)[0].Trim();

    /// <summary>The rows of the totals table: one per API, then "All".</summary>
    public static IEnumerable<(string Name, IReadOnlyList<GradedScenario> Scenarios)> TotalsByApi(ConformanceRun run) =>
        run.ByApi.Select(g => (g.Key, (IReadOnlyList<GradedScenario>)g.ToList())).Append(("All", run.Scenarios));

    /// <summary>The rows of one API's totals table: one per operation.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<GradedScenario> Scenarios)> TotalsByOperation(IEnumerable<GradedScenario> api) =>
        api.GroupBy(s => s.Address.Operation).Select(g => (g.Key, (IReadOnlyList<GradedScenario>)g.ToList()));

    public static IReadOnlyList<GradedScenario> Informational(ConformanceRun run) =>
        run.Scenarios.Where(s => s.Grade == Grade.Informational).ToList();

    /// <summary>What an informational scenario observed, or why there is nothing to show.</summary>
    public static string Observation(GradedScenario scenario) =>
        scenario.Observation ?? scenario.Reason ?? "(nothing observed: the step code attached no \"observation\")";

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
