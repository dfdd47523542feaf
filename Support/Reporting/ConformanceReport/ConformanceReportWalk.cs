using System.Globalization;
using Conformance.Reporting.Evidence;
using Conformance.Reporting.Grading;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// The one walk of a graded run that conformance.html and conformance.md share: the sections, their
/// order and what each says. A <see cref="ReportFormat"/> draws them, so the two reports cannot drift apart.
/// </summary>
public static class ConformanceReportWalk
{
    public static string Render(ConformanceRun run, ReportOptions options, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(format);
        var f = format;
        var p = run.Provenance;
        f.Begin(ReportText.Title(p));
        f.Facts(
        [
            ("Target", p.TargetUrl is null ? f.Text(p.TargetName) : $"{f.Text(p.TargetName)} ({f.Code(p.TargetUrl)})"),
            ("Server", f.Text(p.ServerIdentity ?? "not reported")),
            ("Suite", $"{f.Text(p.SuiteName)} {f.Text(p.SuiteVersion)}, commit {f.Code(p.Commit)}"),
            ("Features/ and Schemas/ (sha256)", f.Code(p.ContentHash)),
            ("Run", f.Text(ReportText.When(p))),
            ("Gate", f.GateLabel(run)),
            ("Gate policy", f.Text(run.Policy.Describe())),
        ]);

        f.Heading(2, "Totals");
        Totals(f, "API", ReportText.TotalsByApi(run));

        f.Heading(2, "Matrix");
        foreach (var api in run.ByApi)
        {
            f.Heading(3, api.Key);
            Totals(f, "Operation", ReportText.TotalsByOperation(api));
            f.Table(
                [new(f.Text("Operation")), new(f.Text("Scenario")), new(f.Text("Requirement")), new(f.Text("Grade")), new(f.Text("Note"))],
                api.Select(scenario => (IReadOnlyList<string>)
                [
                    scenario.Address.DocPage is { } page ? f.Link(scenario.Address.Operation, options.DocLink(page)) : f.Text(scenario.Address.Operation),
                    f.Text(scenario.DisplayName),
                    scenario.Address.Strength.Word(),
                    f.GradeLabel(scenario.Grade),
                    f.Text(ReportText.Note(scenario) ?? string.Empty),
                ]));
        }

        f.Heading(2, "Failing scenarios");
        var failing = run.Failing.ToList();
        if (failing.Count == 0)
        {
            f.Paragraph("None.");
        }

        foreach (var scenario in failing)
        {
            Failure(f, scenario);
        }

        var informational = ReportText.Informational(run);
        if (informational.Count > 0)
        {
            f.Heading(2, "Informational observations");
            foreach (var scenario in informational)
            {
                f.Heading(3, Path(scenario));
                f.Paragraph($"{f.Code(ReportText.Location(scenario))}, outcome {scenario.Result.Outcome}");
                f.Preformatted(ReportText.Observation(scenario));
            }
        }

        f.Heading(2, "Expectations (known deviations)");
        if (run.ExpectationsPath is null)
        {
            f.Paragraph("No expectations file for this target.");
        }
        else
        {
            f.Paragraph($"File: {f.Code(run.ExpectationsPath)}");
            if (run.Expectations.Count > 0)
            {
                f.Table(
                    [new(f.Text("Scenario")), new(f.Text("Reason")), new(f.Text("Excused in this run"), Count: true)],
                    run.Expectations.Select(use => (IReadOnlyList<string>)
                        [f.Text(use.Entry.Scenario), f.Text(use.Entry.Reason), use.MatchedScenarioIds.Count.ToString(CultureInfo.InvariantCulture)]));
            }
        }

        f.Heading(2, "Harness problems");
        if (run.HarnessProblems.Count == 0)
        {
            f.Paragraph("None.");
        }
        else
        {
            f.BeginList();
            foreach (var problem in run.HarnessProblems)
            {
                f.Item(f.Text(problem));
            }

            f.EndList();
        }

        return f.End();
    }

    private static void Failure(ReportFormat f, GradedScenario scenario)
    {
        f.Heading(3, Path(scenario), scenario.Grade);
        f.BeginList();
        f.Item($"Feature: {f.Text(scenario.Scenario.Feature.Name)} ({f.Code(ReportText.Location(scenario))})");
        f.Item($"Requirement: {scenario.Address.Strength.Word()}");
        if (scenario.Reason is { } reason)
        {
            f.Item($"{(scenario.Grade == Grade.Excluded ? "Excluded because" : "Reason")}: {f.Text(reason)}");
        }

        if (scenario.Failure is { } failure && scenario.Grade == Grade.HarnessError)
        {
            if (failure.FailingStep is { } brokenStep)
            {
                f.Item($"Failing step: {f.Code(brokenStep)}");
            }

            f.Item($"Error: {f.Text(failure.Message)}");
            f.EndList();
            f.Preformatted($"{failure.ExceptionType}: {failure.Message}\n{failure.Trace}");
        }
        else
        {
            if (scenario.Failure is { } mismatch)
            {
                if (mismatch.DistinctFailingStep is { } step)
                {
                    f.Item($"Failing step: {f.Code(step)}");
                }

                f.ItemWithBlock("Expected", mismatch.Expected);
                f.ItemWithBlock("Actual", mismatch.Actual);
            }

            f.EndList();
        }

        foreach (var attachment in ScenarioAttachments.All(scenario.Result))
        {
            f.Attachment(attachment.Name, attachment.MediaType, Redactor.Redact(attachment.Content));
        }
    }

    private static string Path(GradedScenario scenario) => $"{scenario.Address.Api} / {scenario.Address.Operation} / {scenario.DisplayName}";

    private static void Totals(ReportFormat f, string heading, IEnumerable<(string Name, IReadOnlyList<GradedScenario> Scenarios)> rows) =>
        f.Table(
            [new(heading), new(f.Text("Scenarios"), Count: true, RightAlignedInMarkdown: true), .. GradeNames.All.Select(g => new ReportColumn(f.GradeLabel(g), Count: true, RightAlignedInMarkdown: true))],
            rows.Select(row =>
            {
                var counts = ConformanceRun.Count(row.Scenarios);
                return (IReadOnlyList<string>)
                [
                    f.Text(row.Name),
                    row.Scenarios.Count.ToString(CultureInfo.InvariantCulture),
                    .. GradeNames.All.Select(g => counts[g].ToString(CultureInfo.InvariantCulture)),
                ];
            }));
}
