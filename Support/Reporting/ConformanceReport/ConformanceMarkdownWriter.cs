using System.Globalization;
using System.Text;
using Conformance.Reporting.Evidence;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// Writes Reports/conformance.md: the certification report for people, readable on a
/// code host or in a terminal. Same content as conformance.html, from the same graded run.
/// </summary>
public sealed class ConformanceMarkdownWriter : IReportWriter
{
    public string Name => ReportFiles.ConformanceMarkdown;

    public void Write(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ReportFiles.WriteText(options.OutputDirectory, ReportFiles.ConformanceMarkdown, Render(run, options));
    }

    public static string Render(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var md = new StringBuilder();
        var p = run.Provenance;
        md.Append(CultureInfo.InvariantCulture, $"# {Escape(ReportText.Title(p))}\n\n");
        md.Append("| | |\n|---|---|\n");
        Row(md, "Target", p.TargetUrl is null ? Escape(p.TargetName) : $"{Escape(p.TargetName)} (`{p.TargetUrl}`)");
        Row(md, "Server", Escape(p.ServerIdentity ?? "not reported"));
        Row(md, "Suite", $"{Escape(p.SuiteName)} {Escape(p.SuiteVersion)}, commit `{p.Commit}`");
        Row(md, "Features/ and Schemas/ (sha256)", $"`{p.ContentHash}`");
        Row(md, "Run", Escape(ReportText.When(p)));
        Row(md, "Gate", $"**{Escape(ReportText.GateLine(run))}**");
        Row(md, "Gate policy", Escape(run.Policy.Describe()));
        md.Append('\n');

        md.Append("## Totals\n\n");
        TotalsTable(md, "API", ReportText.TotalsByApi(run));

        md.Append("## Matrix\n\n");
        foreach (var api in run.ByApi)
        {
            md.Append(CultureInfo.InvariantCulture, $"### {Escape(api.Key)}\n\n");
            TotalsTable(md, "Operation", ReportText.TotalsByOperation(api));
            md.Append("| Operation | Scenario | Requirement | Grade | Note |\n|---|---|---|---|---|\n");
            foreach (var scenario in api)
            {
                var operation = scenario.Address.DocPage is { } page
                    ? $"[{Escape(scenario.Address.Operation)}]({options.DocLink(page)})"
                    : Escape(scenario.Address.Operation);
                md.Append(CultureInfo.InvariantCulture, $"| {operation} | {Escape(scenario.DisplayName)} | {scenario.Address.Strength.Word()} | {scenario.Grade.Display()} | {Escape(ReportText.Note(scenario) ?? string.Empty)} |\n");
            }

            md.Append('\n');
        }

        md.Append("## Failing scenarios\n\n");
        var failing = run.Failing.ToList();
        if (failing.Count == 0)
        {
            md.Append("None.\n\n");
        }

        foreach (var scenario in failing)
        {
            WriteFailure(md, scenario);
        }

        var informational = ReportText.Informational(run);
        if (informational.Count > 0)
        {
            md.Append("## Informational observations\n\n");
            foreach (var scenario in informational)
            {
                md.Append(CultureInfo.InvariantCulture, $"### {Escape(scenario.Address.Api)} / {Escape(scenario.Address.Operation)} / {Escape(scenario.DisplayName)}\n\n");
                md.Append(CultureInfo.InvariantCulture, $"`{ReportText.Location(scenario)}`, outcome {scenario.Result.Outcome}\n\n");
                Fence(md, ReportText.Observation(scenario), "text");
            }
        }

        md.Append("## Expectations (known deviations)\n\n");
        if (run.ExpectationsPath is null)
        {
            md.Append("No expectations file for this target.\n\n");
        }
        else
        {
            md.Append(CultureInfo.InvariantCulture, $"File: `{run.ExpectationsPath}`\n\n");
            if (run.Expectations.Count > 0)
            {
                md.Append("| Scenario | Reason | Excused in this run |\n|---|---|---|\n");
                foreach (var use in run.Expectations)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {Escape(use.Entry.Scenario)} | {Escape(use.Entry.Reason)} | {use.MatchedScenarioIds.Count} |\n");
                }

                md.Append('\n');
            }
        }

        md.Append("## Harness problems\n\n");
        if (run.HarnessProblems.Count == 0)
        {
            md.Append("None.\n");
        }

        foreach (var problem in run.HarnessProblems)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {Escape(problem)}\n");
        }

        return md.ToString();
    }

    private static void WriteFailure(StringBuilder md, GradedScenario scenario)
    {
        md.Append(CultureInfo.InvariantCulture, $"### {Escape(scenario.Address.Api)} / {Escape(scenario.Address.Operation)} / {Escape(scenario.DisplayName)}: {scenario.Grade.Display()}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Feature: {Escape(scenario.Scenario.Feature.Name)} (`{ReportText.Location(scenario)}`)\n");
        md.Append(CultureInfo.InvariantCulture, $"- Requirement: {scenario.Address.Strength.Word()}\n");
        if (scenario.Reason is { } reason)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {(scenario.Grade == Grade.Excluded ? "Excluded because" : "Reason")}: {Escape(reason)}\n");
        }

        if (scenario.Failure is { } failure)
        {
            if (scenario.Grade == Grade.HarnessError)
            {
                if (failure.FailingStep is { } brokenStep)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- Failing step: `{brokenStep}`\n");
                }

                md.Append(CultureInfo.InvariantCulture, $"- Error: {Escape(failure.Message)}\n\n");
                Fence(md, $"{failure.ExceptionType}: {failure.Message}\n{failure.Trace}", "text");
            }
            else
            {
                if (failure.DistinctFailingStep is { } step)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- Failing step: `{step}`\n");
                }

                Item(md, "Expected", failure.Expected);
                Item(md, "Actual", failure.Actual);
            }
        }

        EndParagraph(md);
        foreach (var attachment in ScenarioAttachments.All(scenario.Result))
        {
            md.Append(CultureInfo.InvariantCulture, $"<details><summary>{System.Net.WebUtility.HtmlEncode(attachment.Name)} ({System.Net.WebUtility.HtmlEncode(attachment.MediaType)})</summary>\n\n");
            Fence(md, Redactor.Redact(attachment.Content), attachment.MediaType.Contains("json", StringComparison.OrdinalIgnoreCase) ? "json" : "text");
            md.Append("</details>\n\n");
        }
    }

    private static void TotalsTable(StringBuilder md, string heading, IEnumerable<(string Name, IReadOnlyList<GradedScenario> Scenarios)> rows)
    {
        md.Append(CultureInfo.InvariantCulture, $"| {heading} | Scenarios | {string.Join(" | ", GradeNames.All.Select(g => g.Display()))} |\n");
        md.Append("|---|---:|").Append(string.Concat(GradeNames.All.Select(_ => "---:|"))).Append('\n');
        foreach (var (name, scenarios) in rows)
        {
            var counts = ConformanceRun.Count(scenarios);
            md.Append(CultureInfo.InvariantCulture, $"| {Escape(name)} | {scenarios.Count} | {string.Join(" | ", GradeNames.All.Select(g => counts[g].ToString(CultureInfo.InvariantCulture)))} |\n");
        }

        md.Append('\n');
    }

    // A one-line value stays on the bullet; a multi-line one (a list of notifications) is fenced.
    private static void Item(StringBuilder md, string label, string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            md.Append(CultureInfo.InvariantCulture, $"- {label}: {Escape(value)}\n");
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"- {label}:\n\n");
        Fence(md, value, "text");
    }

    // Exactly one blank line before the next block, whether the last one was a list or a fence.
    private static void EndParagraph(StringBuilder md)
    {
        if (md.Length < 2 || md[^1] != '\n' || md[^2] != '\n')
        {
            md.Append('\n');
        }
    }

    private static void Row(StringBuilder md, string name, string value) => md.Append(CultureInfo.InvariantCulture, $"| {name} | {value} |\n");

    // A fence longer than any backtick run inside, so evidence can never close it early.
    private static void Fence(StringBuilder md, string content, string language)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        md.Append(fence).Append(language).Append('\n').Append(content.TrimEnd('\n')).Append('\n').Append(fence).Append("\n\n");
    }

    /// <summary>Text safe inside a table cell or a line: no pipes, no line breaks, no HTML.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
