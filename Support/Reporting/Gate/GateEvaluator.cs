using Conformance.Reporting.Grading;

namespace Conformance.Reporting.Gate;

/// <summary>Applies a <see cref="GatePolicy"/> to graded scenarios and the run's harness problems.</summary>
public static class GateEvaluator
{
    public static GateVerdict Evaluate(GatePolicy policy, IReadOnlyList<GradedScenario> scenarios, IReadOnlyList<string> harnessProblems)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(harnessProblems);
        var counts = ConformanceRun.Count(scenarios);
        var causes = new List<string>();
        var untrusted = false;

        foreach (var grade in GradeNames.All.Where(g => policy.FailOn.Contains(g) && counts[g] > 0))
        {
            causes.Add($"{counts[grade]} {grade.Display()} scenario{(counts[grade] == 1 ? string.Empty : "s")}");
            untrusted |= grade == Grade.HarnessError;
        }

        if (harnessProblems.Count > 0)
        {
            causes.Add($"{harnessProblems.Count} harness problem{(harnessProblems.Count == 1 ? string.Empty : "s")} (see the report)");
            untrusted = true;
        }

        if (policy.FailOnEmptyRun && scenarios.Count == 0)
        {
            causes.Add("no scenario ran");
            untrusted = true;
        }

        if (causes.Count == 0)
        {
            return new GateVerdict(false, GateVerdict.Pass, $"Gate passed: the policy {policy.Describe()}; none occurred.", causes);
        }

        return new GateVerdict(
            true,
            untrusted ? GateVerdict.RunUntrusted : GateVerdict.TargetFailed,
            $"Gate failed: {string.Join("; ", causes)}.",
            causes);
    }
}
