namespace Conformance.Reporting.Gate;

/// <summary>
/// The CI gate's decision for one run, written to Reports/gate.json so a wrapper script can set the
/// process exit code. Exit codes: 0 the gate passes; 1 the target failed a graded
/// requirement the policy gates on; 2 the run cannot be trusted (a harness error, an expectations
/// file problem, a report that could not be written, or no scenario ran).
/// </summary>
public sealed record GateVerdict(bool ShouldFail, int ExitCode, string Reason, IReadOnlyList<string> Causes)
{
    public const int Pass = 0;
    public const int TargetFailed = 1;
    public const int RunUntrusted = 2;
}
