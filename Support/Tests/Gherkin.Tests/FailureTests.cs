using Conformance.Gherkin.Results;
using FluentAssertions;
using Gherkin.Tests.Harness;
using Gherkin.Tests.Samples.Failures;
using NUnit.Framework.Interfaces;

namespace Gherkin.Tests;

/// <summary>Issue #2 "Failures" and outcome classification.</summary>
public sealed class FailureTests
{
    private SampleRun run = null!;

    [OneTimeSetUp]
    public void RunSamples() => run = SampleRun.Execute("Failures");

    [Test]
    public void An_undefined_step_fails_with_a_ready_to_paste_snippet()
    {
        var test = run.Case("Undefined step");

        test.State.Should().Be(ResultState.Error);
        test.Message.Should().Contain("No binding matches the step 'Given a step nobody wrote with 3 items and \"quoted\" text' (Failures/Failures.feature:4)")
            .And.Contain("[Given(\"a step nobody wrote with {int} items and {string} text\")]")
            .And.Contain("public void GivenAStepNobodyWroteWithItemsAndText(int p0, string p1)");
        run.Log.Scenario("Undefined step").Outcome.Should().Be(Outcome.Broken);
    }

    [Test]
    public void An_ambiguous_step_lists_every_candidate_with_its_method()
    {
        var test = run.Case("Ambiguous step");

        test.State.Should().Be(ResultState.Error);
        test.Message.Should().Contain("2 bindings match it")
            .And.Contain("Gherkin.Tests.Samples.Failures.FailureSteps.FirstCandidate()")
            .And.Contain("Gherkin.Tests.Samples.Failures.FailureSteps.SecondCandidate(String)");
    }

    [Test]
    public void An_assertion_is_failed_with_its_message_unchanged_and_later_steps_are_skipped()
    {
        var test = run.Case("Failing assertion");
        var result = run.Log.Scenario("Failing assertion");

        test.State.Should().Be(ResultState.Failure);
        test.Message.Should().Be("Expected value to be 4 because the target answered 3, but found 3.");
        result.Outcome.Should().Be(Outcome.Failed);
        result.Steps.Select(s => s.Outcome).Should().Equal(Outcome.Passed, Outcome.Failed, Outcome.Skipped, Outcome.Skipped);
        run.Log.Entries.Should().NotContain("reached the unreachable");
    }

    [Test]
    public void After_hooks_still_run_after_a_failure_and_see_the_outcome()
    {
        run.Log.Entries.Should().Contain("AfterScenario Failing assertion Failed")
            .And.Contain("AfterScenario Broken step Broken");
    }

    [Test]
    public void Any_other_exception_is_broken_with_its_message_unchanged()
    {
        var test = run.Case("Broken step");

        test.State.Should().Be(ResultState.Error);
        test.Message.Should().Be(FailureSteps.BrokenMessage);
        run.Log.Scenario("Broken step").Error!.ExceptionType.Should().Be("System.InvalidOperationException");
    }

    [Test]
    public void Not_applicable_is_ignored_with_the_reason()
    {
        var test = run.Case("Not applicable");
        var result = run.Log.Scenario("Not applicable");

        test.State.Should().Be(ResultState.Ignored);
        test.Message.Should().Be("Not applicable: the target cannot create inbound chats");
        result.Outcome.Should().Be(Outcome.NotApplicable);
        result.Reason.Should().Be("the target cannot create inbound chats");
    }

    [Test]
    public void NUnit_inconclusive_and_ignore_are_not_applicable_and_keep_their_nunit_state()
    {
        run.Case("Inconclusive").State.Should().Be(ResultState.Inconclusive);
        run.Case("Inconclusive").Message.Should().Be("no data to decide");
        run.Case("Ignored by the step").State.Should().Be(ResultState.Ignored);
        run.Log.Scenario("Inconclusive").Outcome.Should().Be(Outcome.NotApplicable);
        run.Log.Scenario("Ignored by the step").Reason.Should().Be("ignored at run time");
    }

    [Test]
    public void The_binding_check_lists_undefined_ambiguous_and_unconvertible_steps()
    {
        var test = run.Case("Binding check: every step matches exactly one binding");

        test.State.Should().Be(ResultState.Failure);
        test.Message.Should().Contain("Failures/Failures.feature:4").And.Contain("Ambiguous step 'Given an ambiguous step' (Failures/Failures.feature:8)")
            .And.Contain("Failures/Failures.feature:29: ").And.Contain("cannot take '99999999999'");
    }

    [Test]
    public void A_capture_the_parameter_cannot_hold_is_broken()
    {
        run.Case("Value out of range").State.Should().Be(ResultState.Error);
        run.Case("Value out of range").Message.Should().Contain("parameter 'count' cannot take '99999999999'");
    }
}
