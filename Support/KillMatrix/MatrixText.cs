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

    /// <summary>Why a control run failed: its problem, or the scenarios that failed in it.</summary>
    public static string ControlProblem(SuiteRun run) =>
        run.Problem ?? string.Join("; ", run.Report?.Failed.Select(f => $"{f.Feature}: {f.Name}") ?? []);

    /// <summary>Each control run that failed, named ("The control run", "The control run with CSRF on"), with its cause.</summary>
    public static IEnumerable<(string Name, string Problem)> FailedControls(MatrixResult result)
    {
        if (!result.ControlPassed)
        {
            yield return ("The control run", ControlProblem(result.Control));
        }
        if (result.CsrfControl is { } csrf && !result.CsrfControlPassed)
        {
            yield return ("The control run with CSRF on", ControlProblem(csrf));
        }
    }
}
