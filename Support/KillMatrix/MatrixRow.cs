using Conformance.MockServer.Hosting;

namespace Conformance.KillMatrix;

/// <summary>One deviation's line of the matrix.</summary>
internal sealed record MatrixRow(DeviationEntry Entry, Verdict Verdict, IReadOnlyList<GradedScenario> CaughtBy, SuiteRun Run)
{
    /// <summary>Judges one deviation's run: killed when a scenario noticed, an error when the run proves nothing.</summary>
    public static MatrixRow Judge(DeviationEntry entry, SuiteRun run)
    {
        if (run.Report is null)
        {
            return new MatrixRow(entry, Verdict.Error, [], run);
        }

        var caught = run.Report.Failed.Where(s => SuiteReport.DetectingGrades.Contains(s.Grade)).ToList();
        var verdict = caught.Count > 0 ? Verdict.Killed
            : run.Report.Failed.Count > 0 || run.Report.Scenarios == 0 ? Verdict.Error
            : Verdict.Survived;
        return new MatrixRow(entry, verdict, caught, run);
    }

    /// <summary>Why the row is not a kill, in a sentence; empty for a kill.</summary>
    public string Explanation => Verdict switch
    {
        Verdict.Killed => "",
        Verdict.Survived => $"all {Run.Report?.Scenarios} scenarios in scope passed",
        _ => Run.Problem
            ?? (Run.Report is { Scenarios: 0 } ? "no scenario ran in scope" : $"only harness errors: {string.Join("; ", Run.Report!.Failed.Select(f => f.Message))}"),
    };
}
