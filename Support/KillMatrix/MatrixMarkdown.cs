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
        foreach (var (name, problem) in MatrixText.FailedControls(result))
        {
            md.AppendLine($"**{name} failed**: {problem}").AppendLine();
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
