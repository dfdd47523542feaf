using System.Globalization;
using System.Net;
using System.Text;
using Conformance.Reporting.Evidence;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// Writes Reports/conformance.html: one self-contained file a vendor can mail to a customer.
/// Styles are inline, there is no script, and a Content-Security-Policy of
/// default-src 'none' makes the browser refuse any external load, so it opens offline and makes
/// no request. Links to doc pages are plain anchors: followed only when clicked.
/// </summary>
public sealed class ConformanceHtmlWriter : IReportWriter
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d2329;line-height:1.4}
        h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}h3{margin-top:1.5rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f1f3f6}td.n{text-align:right}th .grade{font-size:.75rem;padding:0 .25rem}
        .grade{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-weight:600;white-space:nowrap}
        .conformant{background:#d8f3dc;color:#1b4332}.non-strict{background:#fff3bf;color:#664d03}
        .non-conformant{background:#f8d7da;color:#842029}.informational{background:#dbe9ff;color:#0b3d91}
        .not-applicable,.not-run{background:#e9ecef;color:#495057}.excluded{background:#ede0ff;color:#4a1d96}
        .harness-error{background:#ffd8a8;color:#7a3200}
        .gate-failed{color:#842029;font-weight:700}.gate-passed{color:#1b4332;font-weight:700}
        pre{background:#f6f8fa;border:1px solid #dde;padding:.5rem;overflow:auto;white-space:pre-wrap}
        details{margin:.3rem 0}summary{cursor:pointer}code{background:#f1f3f6;padding:0 .2rem}
        """;

    public string Name => ReportFiles.ConformanceHtml;

    public void Write(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ReportFiles.WriteText(options.OutputDirectory, ReportFiles.ConformanceHtml, Render(run, options));
    }

    public static string Render(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var p = run.Provenance;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(ReportText.Title(p))}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(ReportText.Title(p))}</h1>\n<table>\n");
        Row(html, "Target", p.TargetUrl is null ? E(p.TargetName) : $"{E(p.TargetName)} (<code>{E(p.TargetUrl)}</code>)");
        Row(html, "Server", E(p.ServerIdentity ?? "not reported"));
        Row(html, "Suite", $"{E(p.SuiteName)} {E(p.SuiteVersion)}, commit <code>{E(p.Commit)}</code>");
        Row(html, "Features/ and Schemas/ (sha256)", $"<code>{E(p.ContentHash)}</code>");
        Row(html, "Run", E(ReportText.When(p)));
        Row(html, "Gate", $"<span class=\"{(run.Verdict.ShouldFail ? "gate-failed" : "gate-passed")}\">{E(ReportText.GateLine(run))}</span>");
        Row(html, "Gate policy", E(run.Policy.Describe()));
        html.Append("</table>\n");

        html.Append("<h2>Totals</h2>\n");
        TotalsTable(html, "API", ReportText.TotalsByApi(run));

        html.Append("<h2>Matrix</h2>\n");
        foreach (var api in run.ByApi)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(api.Key)}</h3>\n");
            TotalsTable(html, "Operation", ReportText.TotalsByOperation(api));
            html.Append("<table>\n<tr><th>Operation</th><th>Scenario</th><th>Requirement</th><th>Grade</th><th>Note</th></tr>\n");
            foreach (var scenario in api)
            {
                var operation = scenario.Address.DocPage is { } page
                    ? $"<a href=\"{E(options.DocLink(page))}\" rel=\"noreferrer\">{E(scenario.Address.Operation)}</a>"
                    : E(scenario.Address.Operation);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{operation}</td><td>{E(scenario.DisplayName)}</td><td>{scenario.Address.Strength.Word()}</td><td>{Badge(scenario.Grade)}</td><td>{E(ReportText.Note(scenario) ?? string.Empty)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Failing scenarios</h2>\n");
        var failing = run.Failing.ToList();
        if (failing.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }

        foreach (var scenario in failing)
        {
            WriteFailure(html, scenario);
        }

        var informational = ReportText.Informational(run);
        if (informational.Count > 0)
        {
            html.Append("<h2>Informational observations</h2>\n");
            foreach (var scenario in informational)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h3>{E(scenario.Address.Api)} / {E(scenario.Address.Operation)} / {E(scenario.DisplayName)}</h3>\n");
                html.Append(CultureInfo.InvariantCulture, $"<p><code>{E(ReportText.Location(scenario))}</code>, outcome {scenario.Result.Outcome}</p>\n");
                html.Append(CultureInfo.InvariantCulture, $"<pre>{E(ReportText.Observation(scenario))}</pre>\n");
            }
        }

        html.Append("<h2>Expectations (known deviations)</h2>\n");
        if (run.ExpectationsPath is null)
        {
            html.Append("<p>No expectations file for this target.</p>\n");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>File: <code>{E(run.ExpectationsPath)}</code></p>\n");
            if (run.Expectations.Count > 0)
            {
                html.Append("<table>\n<tr><th>Scenario</th><th>Reason</th><th>Excused in this run</th></tr>\n");
                foreach (var use in run.Expectations)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(use.Entry.Scenario)}</td><td>{E(use.Entry.Reason)}</td><td class=\"n\">{use.MatchedScenarioIds.Count}</td></tr>\n");
                }

                html.Append("</table>\n");
            }
        }

        html.Append("<h2>Harness problems</h2>\n");
        if (run.HarnessProblems.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var problem in run.HarnessProblems)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(problem)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteFailure(StringBuilder html, GradedScenario scenario)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h3>{E(scenario.Address.Api)} / {E(scenario.Address.Operation)} / {E(scenario.DisplayName)} {Badge(scenario.Grade)}</h3>\n<ul>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>Feature: {E(scenario.Scenario.Feature.Name)} (<code>{E(ReportText.Location(scenario))}</code>)</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>Requirement: {scenario.Address.Strength.Word()}</li>\n");
        if (scenario.Reason is { } reason)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{(scenario.Grade == Grade.Excluded ? "Excluded because" : "Reason")}: {E(reason)}</li>\n");
        }

        if (scenario.Failure is { } failure)
        {
            if (scenario.Grade == Grade.HarnessError)
            {
                if (failure.FailingStep is { } brokenStep)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>Failing step: <code>{E(brokenStep)}</code></li>\n");
                }

                html.Append(CultureInfo.InvariantCulture, $"<li>Error: {E(failure.Message)}</li>\n</ul>\n");
                html.Append(CultureInfo.InvariantCulture, $"<pre>{E($"{failure.ExceptionType}: {failure.Message}\n{failure.Trace}")}</pre>\n");
            }
            else
            {
                if (failure.DistinctFailingStep is { } step)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>Failing step: <code>{E(step)}</code></li>\n");
                }

                html.Append(CultureInfo.InvariantCulture, $"<li>Expected: {Block(failure.Expected)}</li>\n<li>Actual: {Block(failure.Actual)}</li>\n</ul>\n");
            }
        }
        else
        {
            html.Append("</ul>\n");
        }

        foreach (var attachment in ScenarioAttachments.All(scenario.Result))
        {
            html.Append(CultureInfo.InvariantCulture, $"<details><summary>{E(attachment.Name)} ({E(attachment.MediaType)})</summary><pre>{E(Redactor.Redact(attachment.Content))}</pre></details>\n");
        }
    }

    private static void TotalsTable(StringBuilder html, string heading, IEnumerable<(string Name, IReadOnlyList<GradedScenario> Scenarios)> rows)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table>\n<tr><th>{heading}</th><th>Scenarios</th>{string.Concat(GradeNames.All.Select(g => $"<th>{Badge(g)}</th>"))}</tr>\n");
        foreach (var (name, scenarios) in rows)
        {
            var counts = ConformanceRun.Count(scenarios);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(name)}</td><td class=\"n\">{scenarios.Count}</td>{string.Concat(GradeNames.All.Select(g => $"<td class=\"n\">{counts[g]}</td>"))}</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Badge(Grade grade) => $"<span class=\"grade {grade.Id()}\">{E(grade.Display())}</span>";

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{value}</td></tr>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // A multi-line value (a list of notifications) keeps its lines.
    private static string Block(string text) => text.Contains('\n', StringComparison.Ordinal) ? $"<pre>{E(text)}</pre>" : E(text);
}
