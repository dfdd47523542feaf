namespace Conformance.KillMatrix;

/// <summary>Wording shared by the Markdown, HTML and console forms of the matrix.</summary>
internal static class MatrixText
{
    public static string VerdictWord(Verdict verdict) => verdict switch
    {
        Verdict.Killed => "killed",
        Verdict.Survived => "SURVIVED",
        _ => "ERROR",
    };

    /// <summary>The first few scenarios that caught the deviation, and how many more did.</summary>
    public static string CaughtBy(MatrixRow row, int shown)
    {
        var names = row.CaughtBy.Take(shown).Select(s => $"{s.Feature}: {s.Name}");
        var more = row.CaughtBy.Count > shown ? $" (+{row.CaughtBy.Count - shown} more)" : "";
        return string.Join("; ", names) + more;
    }
}
