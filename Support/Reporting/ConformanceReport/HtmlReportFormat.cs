using System.Globalization;
using System.Net;
using Conformance.Reporting.Grading;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>Draws the conformance report as one self-contained HTML page (see <see cref="ConformanceHtmlWriter"/>).</summary>
public sealed class HtmlReportFormat : ReportFormat
{
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

    public override string Text(string text) => WebUtility.HtmlEncode(text);

    public override string Code(string text) => $"<code>{Text(text)}</code>";

    public override string Link(string text, string url) => $"<a href=\"{Text(url)}\" rel=\"noreferrer\">{Text(text)}</a>";

    public override string GradeLabel(Grade grade) => $"<span class=\"grade {grade.Id()}\">{Text(grade.Display())}</span>";

    public override string GateLabel(ConformanceRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return $"<span class=\"{(run.Verdict.ShouldFail ? "gate-failed" : "gate-passed")}\">{Text(ReportText.GateLine(run))}</span>";
    }

    public override void Begin(string title)
    {
        Output.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Output.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ConformanceHtmlWriter.ContentSecurityPolicy}\">\n");
        Output.Append(CultureInfo.InvariantCulture, $"<title>{Text(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        Output.Append(CultureInfo.InvariantCulture, $"<h1>{Text(title)}</h1>\n");
    }

    public override void Facts(IEnumerable<(string Name, string Value)> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Output.Append("<table>\n");
        foreach (var (name, value) in facts)
        {
            Output.Append(CultureInfo.InvariantCulture, $"<tr><th>{Text(name)}</th><td>{value}</td></tr>\n");
        }

        Output.Append("</table>\n");
    }

    public override void Heading(int level, string text, Grade? grade = null) =>
        Output.Append(CultureInfo.InvariantCulture, $"<h{level}>{Text(text)}{(grade is { } g ? " " + GradeLabel(g) : string.Empty)}</h{level}>\n");

    public override void Paragraph(string inline) => Output.Append(CultureInfo.InvariantCulture, $"<p>{inline}</p>\n");

    public override void Table(IReadOnlyList<ReportColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Output.Append("<table>\n<tr>").Append(string.Concat(columns.Select(c => $"<th>{c.Header}</th>"))).Append("</tr>\n");
        foreach (var row in rows)
        {
            Output.Append("<tr>").Append(string.Concat(row.Select((cell, i) => columns[i].Count ? $"<td class=\"n\">{cell}</td>" : $"<td>{cell}</td>"))).Append("</tr>\n");
        }

        Output.Append("</table>\n");
    }

    public override void BeginList() => Output.Append("<ul>\n");

    public override void Item(string inline) => Output.Append(CultureInfo.InvariantCulture, $"<li>{inline}</li>\n");

    // A multi-line value (a list of notifications) keeps its lines.
    public override void ItemWithBlock(string label, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Item($"{label}: {(value.Contains('\n', StringComparison.Ordinal) ? $"<pre>{Text(value)}</pre>" : Text(value))}");
    }

    public override void EndList() => Output.Append("</ul>\n");

    public override void Preformatted(string text) => Output.Append(CultureInfo.InvariantCulture, $"<pre>{Text(text)}</pre>\n");

    public override void Attachment(string name, string mediaType, string content) =>
        Output.Append(CultureInfo.InvariantCulture, $"<details><summary>{Text(name)} ({Text(mediaType)})</summary><pre>{Text(content)}</pre></details>\n");

    public override string End() => Output.Append("</body>\n</html>\n").ToString();
}
