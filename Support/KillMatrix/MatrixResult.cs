namespace Conformance.KillMatrix;

/// <summary>
/// The whole matrix: the control run, the control run with CSRF on (only when a deviation needs it), one row
/// per deviation, and how long it took.
/// </summary>
internal sealed record MatrixResult(SuiteRun Control, IReadOnlyList<MatrixRow> Rows, TimeSpan Duration, int Jobs, int CatalogueSize = 0,
    SuiteRun? CsrfControl = null)
{
    /// <summary>The control run passes when its report exists, its gate passed and nothing failed.</summary>
    public bool ControlPassed => Control.Report is { GateExitCode: 0, Failed.Count: 0, Scenarios: > 0 };

    /// <summary>The CSRF control run covers only its deviations' scope, so its gate is not asked; nothing may fail.</summary>
    public bool CsrfControlPassed => CsrfControl is null || ScopedRunPassed(CsrfControl);

    /// <summary>A run over part of the suite passed: it graded scenarios and none failed.</summary>
    public static bool ScopedRunPassed(SuiteRun? run) => run?.Report is { Failed.Count: 0, Scenarios: > 0 };

    public int Killed => Rows.Count(r => r.Verdict == Verdict.Killed);

    public bool AllKilled => Rows.All(r => r.Verdict == Verdict.Killed);

    public int ExitCode => ControlPassed && CsrfControlPassed && AllKilled ? 0 : 1;

    public string Summary =>
        $"{Killed} of {Rows.Count} deviations killed"
        + (CatalogueSize > Rows.Count ? $" (a part of the catalogue's {CatalogueSize})" : "")
        + (Rows.Count(r => r.Verdict == Verdict.Survived) is var s and > 0 ? $", {s} survived" : "")
        + (Rows.Count(r => r.Verdict == Verdict.Error) is var e and > 0 ? $", {e} errors" : "")
        + $"; control run {(ControlPassed ? "passed" : "FAILED")} ({Control.Report?.Scenarios ?? 0} scenarios)"
        + (CsrfControl is null ? "" : $"; control with CSRF on {(CsrfControlPassed ? "passed" : "FAILED")} ({CsrfControl.Report?.Scenarios ?? 0} scenarios)")
        + $"; {Duration.TotalMinutes:0.0} min with {Jobs} parallel runs";
}
