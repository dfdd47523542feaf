using System.Text;

namespace Conformance.KillMatrix;

/// <summary>Reports/kill-matrix.md: the summary line and one table row per deviation.</summary>
internal static class MatrixMarkdown
{
    public static string Write(MatrixResult result)
    {
        var md = new StringBuilder();
        md.AppendLine("# Kill matrix").AppendLine();
        md.AppendLine(result.Summary).AppendLine();
        if (!result.ControlPassed)
        {
            md.AppendLine($"**The control run failed**: {result.Control.Problem ?? string.Join("; ", result.Control.Report?.Failed.Select(f => $"{f.Feature}: {f.Name}") ?? [])}").AppendLine();
        }

        md.AppendLine("| deviation | class | rule it breaks | verdict | caught by |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var row in result.Rows)
        {
            var caught = row.Verdict == Verdict.Killed ? MatrixText.CaughtBy(row, 3) : row.Explanation;
            md.AppendLine($"| `{row.Entry.Name}` | {row.Entry.Class} | {Cell(row.Entry.Rule)} | {MatrixText.VerdictWord(row.Verdict)} | {Cell(caught)} |");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
