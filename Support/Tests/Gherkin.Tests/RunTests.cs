using Conformance.Gherkin.Results;
using FluentAssertions;
using Gherkin.Tests.Harness;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Gherkin.Tests;

/// <summary>Issue #2: parallel scenarios, filters, and a run that cannot start still reports every scenario.</summary>
public sealed class RunTests
{
    [Test]
    public void Scenarios_run_in_parallel_up_to_the_worker_count()
    {
        var run = SampleRun.Execute("Parallel", workers: 2);

        run.Cases.Should().OnlyContain(c => c.State == ResultState.Success, string.Join("; ", run.Cases.Select(c => c.Message)));
        run.Log.Entries.Should().Contain("max inside 2");
        run.Log.Entries.Count(e => e == "RunFinished").Should().Be(1);
        run.Log.Entries.Last(e => !e.StartsWith("max inside", StringComparison.Ordinal)).Should().Be("RunFinished");
    }

    [Test]
    public void A_category_filter_runs_only_matching_scenarios_and_still_brackets_the_run()
    {
        var run = SampleRun.Execute("Discovery", filter: TestFilter.FromXml("<filter><cat>op-Invite</cat></filter>"));

        run.Cases.Select(c => c.Name).Should().Equal("Basics: Plain scenario");
        run.Log.Entries.Should().Equal(
            "RunStarted",
            "FeatureStarted Basics",
            "ScenarioStarted Basics: Plain scenario",
            "StepStarted a counter starting at 1",
            "StepFinished a counter starting at 1 Passed",
            "StepStarted the counter is increased by 2",
            "StepFinished the counter is increased by 2 Passed",
            "StepStarted the counter is 3",
            "StepFinished the counter is 3 Passed",
            "ScenarioFinished Basics: Plain scenario Passed",
            "FeatureFinished Basics 1",
            "RunFinished");
    }

    [Test]
    public void A_failing_before_test_run_hook_breaks_every_scenario_with_its_message()
    {
        var run = SampleRun.Execute("BrokenSetup");

        var test = run.Case("Cannot start");
        test.State.Should().Be(ResultState.Error);
        test.Message.Should().Contain("Setup.Start threw System.InvalidOperationException: the mock server did not start");
        run.Log.Scenario("Cannot start").Outcome.Should().Be(Outcome.Broken);
    }

    [Test]
    public void A_throwing_listener_fails_the_run_teardown_instead_of_vanishing()
    {
        var run = SampleRun.Execute("BrokenSetup");

        run.RunSuite.Message.Should().Contain("ThrowingListener.ScenarioFinished threw InvalidOperationException: the report folder is read-only");
        run.Log.Entries.Should().Contain("RunFinished");
    }

    [Test]
    public void Unusable_bindings_break_the_run_and_are_listed_by_the_binding_check()
    {
        var run = SampleRun.Execute("BadBindings");

        var scenario = run.Case("Unusable bindings");
        scenario.State.Should().Be(ResultState.Error);
        scenario.Message.Should().StartWith("The bindings cannot be used:");
        var check = run.Case("Binding check: every step matches exactly one binding").Message;
        check.Should().Contain("unknown parameter type {colour}")
            .And.Contain("the expression captures 2 value(s) but the method takes 1 parameter(s)")
            .And.Contain("Bad.NotStatic must be static");
    }
}
