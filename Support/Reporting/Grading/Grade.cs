namespace Conformance.Reporting.Grading;

/// <summary>
/// The grade of one scenario in the conformance report, after Autobahn's scale
/// (its "Report" grades). <see cref="NotRun"/> is this layer's addition for
/// scenarios the runner skipped (@ignore, @wip): they are neither a verdict nor a harness error.
/// </summary>
public enum Grade
{
    Conformant,
    NonStrict,
    NonConformant,
    Informational,
    NotApplicable,
    Excluded,
    HarnessError,
    NotRun,
}
