using Conformance.Reporting.Expectations;
using Conformance.Reporting.Gate;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;

namespace Reporting.Tests;

/// <summary>The exit-code policy: fail on Non-conformant and Harness error, not on Non-strict or Informational.</summary>
public class GateTests
{
    private static readonly FeatureInfo Feature = RunFixture.Feature("F", "f.feature", "@api-chat", "@op-Invite");

    private static List<GradedScenario> Graded(params (Outcome Outcome, string Tag)[] scenarios)
    {
        var fixture = new RunFixture();
        var line = 1;
        foreach (var (outcome, tag) in scenarios)
        {
            var failing = outcome is Outcome.Failed or Outcome.Broken;
            fixture.Add(RunFixture.Scenario(Feature, $"S{line}", line++, [tag]), outcome, ["Then x"],
                failAt: failing ? 0 : -1, error: failing ? new ErrorInfo("boom", null, "E") : null);
        }

        return fixture.Scenarios.Select(s => Grader.Grade(s, ExpectationsFile.None)).ToList();
    }

    [Test]
    public void Non_strict_and_informational_do_not_fail_the_default_gate()
    {
        var verdict = GateEvaluator.Evaluate(GatePolicy.Default, Graded((Outcome.Passed, "@must"), (Outcome.Failed, "@should"), (Outcome.Failed, "@informational")), []);
        verdict.ShouldFail.Should().BeFalse();
        verdict.ExitCode.Should().Be(GateVerdict.Pass);
    }

    [Test]
    public void Non_conformant_fails_with_exit_code_1()
    {
        var verdict = GateEvaluator.Evaluate(GatePolicy.Default, Graded((Outcome.Passed, "@must"), (Outcome.Failed, "@must")), []);
        verdict.ShouldFail.Should().BeTrue();
        verdict.ExitCode.Should().Be(GateVerdict.TargetFailed);
        verdict.Reason.Should().Contain("1 Non-conformant scenario");
    }

    [Test]
    public void A_harness_error_fails_with_exit_code_2()
    {
        var verdict = GateEvaluator.Evaluate(GatePolicy.Default, Graded((Outcome.Failed, "@must"), (Outcome.Broken, "@must")), []);
        verdict.ExitCode.Should().Be(GateVerdict.RunUntrusted);
        verdict.Causes.Should().Contain("1 Harness error scenario").And.Contain("1 Non-conformant scenario");
    }

    [Test]
    public void A_harness_problem_outside_the_scenarios_fails_with_exit_code_2()
    {
        var verdict = GateEvaluator.Evaluate(GatePolicy.Default, Graded((Outcome.Passed, "@must")), ["expectations entry matches nothing"]);
        verdict.ExitCode.Should().Be(GateVerdict.RunUntrusted);
    }

    [Test]
    public void An_empty_run_fails_unless_allowed()
    {
        GateEvaluator.Evaluate(GatePolicy.Default, [], []).ExitCode.Should().Be(GateVerdict.RunUntrusted);
        GateEvaluator.Evaluate(GatePolicy.Default with { FailOnEmptyRun = false }, [], []).ShouldFail.Should().BeFalse();
    }

    [Test]
    public void The_strict_policy_fails_on_non_strict()
    {
        var verdict = GateEvaluator.Evaluate(GatePolicy.Strict, Graded((Outcome.Failed, "@should")), []);
        verdict.ExitCode.Should().Be(GateVerdict.TargetFailed);
    }

    [Test]
    public void A_policy_parses_from_a_runsettings_value()
    {
        var policy = GatePolicy.Parse("non-conformant, Non-strict ,harness-error");
        policy.FailOn.Should().BeEquivalentTo([Grade.NonConformant, Grade.NonStrict, Grade.HarnessError]);
        FluentActions.Invoking(() => GatePolicy.Parse("bad-grade")).Should().Throw<FormatException>().WithMessage("*bad-grade*non-conformant*");
    }
}
