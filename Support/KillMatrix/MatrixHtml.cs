using System.Net;
using System.Text;

namespace Conformance.KillMatrix;

/// <summary>Reports/kill-matrix.html: one self-contained page (no script, no external request).</summary>
internal static class MatrixHtml
{
    public static string Write(MatrixResult result)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Kill matrix</title><style>");
        html.AppendLine("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}"
            + "th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left;font-size:.9rem}"
            + "th{background:#f3f3f3}.killed{background:#e6f4ea}.survived{background:#fde7e9;font-weight:bold}.error{background:#fff4ce;font-weight:bold}"
            + "code{font-size:.85rem}details summary{cursor:pointer}");
        html.AppendLine("</style></head><body>");
        html.AppendLine("<h1>Kill matrix</h1>");
        html.AppendLine($"<p>{E(result.Summary)}</p>");
        foreach (var (name, problem) in MatrixText.FailedControls(result))
        {
            html.AppendLine($"<p class=\"error\">{E(name)} failed: {E(problem)}</p>");
        }

        html.AppendLine("<table><thead><tr><th>Deviation</th><th>Class</th><th>Rule it breaks</th><th>Verdict</th><th>Caught by</th></tr></thead><tbody>");
        foreach (var row in result.Rows.OrderBy(r => r.Entry.Class).ThenBy(r => r.Entry.Name, StringComparer.Ordinal))
        {
            var css = row.Verdict.ToString().ToLowerInvariant();
            html.Append($"<tr class=\"{css}\"><td><code>{E(row.Entry.Name)}</code></td><td>{E(row.Entry.Class.ToString())}</td><td>{E(row.Entry.Rule)}</td>");
            html.Append($"<td>{E(MatrixText.VerdictWord(row.Verdict))}</td><td>");
            if (row.Verdict == Verdict.Killed)
            {
                html.Append($"<details><summary>{row.CaughtBy.Count} scenario(s)</summary><ul>");
                foreach (var s in row.CaughtBy)
                {
                    html.Append($"<li>{E(s.Feature)}: {E(s.Name)} <em>({E(s.Grade)})</em><br><small>{E(s.Message)}</small></li>");
                }

                html.Append("</ul></details>");
            }
            else
            {
                html.Append(E(row.Explanation));
            }

            html.AppendLine("</td></tr>");
        }

        html.AppendLine("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
