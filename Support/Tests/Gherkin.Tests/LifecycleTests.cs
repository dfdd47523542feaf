using Conformance.Gherkin.Results;
using FluentAssertions;
using Gherkin.Tests.Harness;
using NUnit.Framework.Interfaces;

namespace Gherkin.Tests;

/// <summary>Issue #2: scenario- and run-scoped injection, hooks with tags and order, listeners and attachments.</summary>
public sealed class LifecycleTests
{
    private SampleRun run = null!;

    [OneTimeSetUp]
    public void RunSamples() => run = SampleRun.Execute("Lifecycle", workers: 2);

    private IReadOnlyList<string> Entries => run.Log.Entries;

    [Test]
    public void Bindings_of_one_scenario_share_one_context_object()
    {
        run.Cases.Should().OnlyContain(c => c.State == ResultState.Success, string.Join("; ", run.Cases.Select(c => c.Message)));
        Entries.Count(e => e.StartsWith("SharedContext created", StringComparison.Ordinal)).Should().Be(3, "each scenario gets its own (Three through ReaderSteps)");
    }

    [Test]
    public void Scenario_objects_are_disposed_asynchronously_when_their_scenario_ends()
    {
        var created = Entries.Where(e => e.StartsWith("SharedContext created ", StringComparison.Ordinal)).Select(e => e["SharedContext created ".Length..]);
        var disposed = Entries.Where(e => e.StartsWith("SharedContext disposed ", StringComparison.Ordinal)).Select(e => e["SharedContext disposed ".Length..]);

        disposed.Should().BeEquivalentTo(created);
    }

    [Test]
    public void A_run_scoped_object_is_created_once_and_disposed_after_the_run()
    {
        Entries.Should().ContainSingle(e => e == "RunResource created");
        Entries.Should().ContainSingle(e => e == "RunResource disposed");
        Entries.ToList().IndexOf("RunResource disposed").Should().BeGreaterThan(Entries.ToList().IndexOf("RunFinished"));
    }

    [Test]
    public void An_object_registered_in_before_test_run_is_shared_by_the_run()
    {
        Entries.Should().Contain("AfterTestRun uses=2");
    }

    [Test]
    public void Run_hooks_and_events_bracket_everything()
    {
        var entries = Entries.ToList();

        entries.IndexOf("BeforeTestRun").Should().BeLessThan(entries.IndexOf("RunStarted"));
        entries.IndexOf("AttributeListener RunStarted").Should().BeGreaterThan(entries.IndexOf("BeforeTestRun"));
        entries.IndexOf("RunStarted").Should().BeLessThan(entries.FindIndex(e => e.StartsWith("ScenarioStarted", StringComparison.Ordinal)));
        entries.FindLastIndex(e => e.StartsWith("ScenarioFinished", StringComparison.Ordinal)).Should().BeLessThan(entries.IndexOf("AfterTestRun uses=2"));
        entries.IndexOf("AfterTestRun uses=2").Should().BeLessThan(entries.IndexOf("RunFinished"));
        entries.Should().ContainSingle(e => e == "RunStarted");
        entries.Should().ContainSingle(e => e == "RunFinished");
    }

    [Test]
    public void Feature_hooks_honour_tags_and_bracket_the_feature()
    {
        var entries = Entries.ToList();

        entries.Should().ContainSingle(e => e.StartsWith("BeforeFeature", StringComparison.Ordinal)).Which.Should().Be("BeforeFeature First");
        entries.IndexOf("BeforeFeature First").Should().BeLessThan(entries.IndexOf("ScenarioStarted First: One"));
        entries.IndexOf("AfterFeature First").Should().BeGreaterThan(entries.IndexOf("ScenarioFinished First: Two Passed"));
        entries.Should().Contain("AfterFeature Second");
    }

    [Test]
    public void Scenario_and_step_hooks_run_in_order_and_by_tag()
    {
        Entries.Where(e => e.StartsWith("One: ", StringComparison.Ordinal)).Should().Equal(
            "One: BeforeScenario order 1",
            "One: BeforeScenario order 2",
            "One: BeforeScenario tagged",
            "One: BeforeStep one binding writes the shared context",
            "One: AfterStep one binding writes the shared context",
            "One: BeforeStep another binding reads it",
            "One: AfterStep another binding reads it",
            "One: AfterScenario");
        Entries.Should().NotContain("Two: BeforeScenario tagged");
    }

    [Test]
    public void Attachments_go_to_the_running_step_or_else_to_the_scenario()
    {
        var result = run.Log.Scenario("Three");

        result.Steps.Single().Attachments.Should().Equal(new Attachment("request", "text/plain", "GET /api/v2/me"));
        result.Attachments.Should().Equal(new Attachment("summary", "text/plain", "Three Passed"));
    }

    [Test]
    public void Results_carry_status_times_and_every_step()
    {
        var result = run.Log.Runs.Should().ContainSingle().Subject;

        result.Features.Select(f => f.Feature.Name).Should().Equal("First", "Second");
        result.Features[0].Scenarios.Select(s => s.Scenario.Name).Should().Equal("One", "Two");
        result.Features.SelectMany(f => f.Scenarios).Should().OnlyContain(s => s.Outcome == Outcome.Passed && s.Stop >= s.Start);
        run.Log.Scenario("One").Steps.Should().HaveCount(2);
    }
}
