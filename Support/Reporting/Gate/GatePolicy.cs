using Conformance.Reporting.Grading;

namespace Conformance.Reporting.Gate;

/// <summary>
/// Which grades fail the CI gate (the exit-code policy). By default the gate fails on
/// Non-conformant and Harness error, not on Non-strict or Informational; a strict profile adds
/// Non-strict (as h2spec's --strict). An empty run fails too, unless turned off, because a
/// gate that passes when nothing ran certifies nothing.
/// </summary>
public sealed record GatePolicy(IReadOnlySet<Grade> FailOn, bool FailOnEmptyRun = true)
{
    public static GatePolicy Default { get; } = new(new HashSet<Grade> { Grade.NonConformant, Grade.HarnessError });

    public static GatePolicy Strict { get; } = new(new HashSet<Grade> { Grade.NonConformant, Grade.NonStrict, Grade.HarnessError });

    /// <summary>Parses a comma-separated list of grades ("non-conformant,non-strict,harness-error"), as a runsettings value would give it.</summary>
    public static GatePolicy Parse(string failOn, bool failOnEmptyRun = true)
    {
        ArgumentNullException.ThrowIfNull(failOn);
        var grades = failOn.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(GradeNames.Parse)
            .ToHashSet();
        return new GatePolicy(grades, failOnEmptyRun);
    }

    public string Describe() =>
        $"fails on {string.Join(", ", GradeNames.All.Where(FailOn.Contains).Select(g => g.Display()))}"
        + (FailOnEmptyRun ? " and on a run with no scenarios" : string.Empty);
}
