using Conformance.Reporting.Gate;

namespace Conformance.Reporting.Grading;

/// <summary>
/// A graded run: the one model every writer reads, so Allure, JUnit, the conformance report and the
/// gate cannot disagree. Scenarios are sorted by API, operation, feature file, line and name.
/// </summary>
public sealed record ConformanceRun(
    RunProvenance Provenance,
    IReadOnlyList<GradedScenario> Scenarios,
    string? ExpectationsPath,
    IReadOnlyList<ExpectationUse> Expectations,
    IReadOnlyList<string> HarnessProblems,
    GatePolicy Policy,
    GateVerdict Verdict)
{
    /// <summary>How many scenarios got each grade; every grade is present, possibly with 0.</summary>
    public static IReadOnlyDictionary<Grade, int> Count(IEnumerable<GradedScenario> scenarios)
    {
        var counts = GradeNames.All.ToDictionary(g => g, _ => 0);
        foreach (var scenario in scenarios)
        {
            counts[scenario.Grade]++;
        }

        return counts;
    }

    public IReadOnlyDictionary<Grade, int> Totals => Count(Scenarios);

    /// <summary>Scenarios the reports list with evidence: every grade that is not a pass, a skip or a probe.</summary>
    public IEnumerable<GradedScenario> Failing =>
        Scenarios.Where(s => s.Grade is Grade.NonConformant or Grade.NonStrict or Grade.Excluded or Grade.HarnessError);

    /// <summary>Scenarios grouped by API, then operation, in report order.</summary>
    public IEnumerable<IGrouping<string, GradedScenario>> ByApi => Scenarios.GroupBy(s => s.Address.Api);
}
