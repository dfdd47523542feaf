using System.Globalization;
using System.Text;
using Conformance.Reporting.ConformanceReport;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;

namespace Conformance.Reporting.Console;

/// <summary>
/// The one-screen summary printed at the end of every run and kept as
/// Reports/summary.txt: provenance, totals per grade and API, up to <see cref="MaxListed"/>
/// failing scenarios with their headline, harness problems, the gate and where the reports are.
/// </summary>
public static class ConsoleSummary
{
    public const int MaxListed = 10;

    public static string Render(ConformanceRun run, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        var p = run.Provenance;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"== {ReportText.Title(p)} ==\n");
        text.Append(CultureInfo.InvariantCulture, $"Target {p.TargetName}{(p.TargetUrl is null ? string.Empty : $" {p.TargetUrl}")}{(p.ServerIdentity is null ? string.Empty : $"; server {p.ServerIdentity}")}; suite {p.SuiteVersion} @ {Short(p.Commit)}; {ReportText.When(p)}\n");
        var totals = run.Totals;
        text.Append(CultureInfo.InvariantCulture, $"{ReportText.Plural(run.Scenarios.Count, "scenario")}: {string.Join(", ", GradeNames.All.Where(g => totals[g] > 0).Select(g => $"{totals[g]} {g.Display()}"))}\n");
        foreach (var api in run.ByApi)
        {
            var counts = ConformanceRun.Count(api);
            text.Append(CultureInfo.InvariantCulture, $"  {api.Key}: {string.Join(", ", GradeNames.All.Where(g => counts[g] > 0).Select(g => $"{counts[g]} {g.Display()}"))}\n");
        }

        var failing = run.Failing.ToList();
        foreach (var scenario in failing.Take(MaxListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"  x {scenario.Grade.Display()}: {scenario.Address.Api} / {scenario.Address.Operation} / {scenario.DisplayName}: {ReportText.Note(scenario)}\n");
        }

        if (failing.Count > MaxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ... and {failing.Count - MaxListed} more in {ReportFiles.ConformanceMarkdown}\n");
        }

        foreach (var problem in run.HarnessProblems.Take(MaxListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"  ! {problem}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Gate {ReportText.GateLine(run)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Reports: {outputDirectory} ({ReportFiles.ConformanceHtml}, {ReportFiles.ConformanceMarkdown}, {ReportFiles.JUnit}, {ReportFiles.AllureResults}/; render Allure with scripts/render-allure)\n");
        return text.ToString();
    }

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
