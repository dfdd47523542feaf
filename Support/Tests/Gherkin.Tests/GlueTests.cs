using FluentAssertions;
using Gherkin.Tests.Harness;
using Gherkin.Tests.Samples;
using NUnit.Framework.Interfaces;

namespace Gherkin.Tests;

/// <summary>The NUnit glue end to end: Features/Samples built into tests and run on Reqnroll's runtime.</summary>
public sealed class GlueTests
{
    private static SampleRun Run => SampleRun.Result;

    private static string Messages => string.Join(Environment.NewLine, Run.Cases.Select(c => $"{c.Name}: {c.State} {c.Message}"));

    [Test]
    public void Rule_and_Example_run_with_the_feature_and_rule_backgrounds_in_order()
    {
        Run.Case("Rules: An example in the first rule").State.Should().Be(ResultState.Success, Messages);
        Run.Case("Rules: An example in the second rule").State.Should().Be(ResultState.Success, Messages);
    }

    [Test]
    public void Tags_of_feature_rule_scenario_and_examples_become_categories()
    {
        Run.Case("Rules: An example in the first rule").Categories.Should().BeEquivalentTo("feature-tag", "rule-scenario");
        Run.Case("Rules: An example in the second rule").Categories.Should().BeEquivalentTo("feature-tag", "rule-tag");
        Run.Case("Tags: A tagged scenario").Categories.Should().BeEquivalentTo("feature-tag", "scenario-tag");
        Run.Case("Tags: Outline row one [n=one]").Categories.Should().BeEquivalentTo("feature-tag", "examples-tag");
    }

    [Test]
    public void An_outline_gives_one_test_per_example_row_named_by_its_values()
    {
        Run.Case("Tags: Outline row one [n=one]").State.Should().Be(ResultState.Success);
        Run.Case("Tags: Outline row two [n=two]").State.Should().Be(ResultState.Success);
    }

    [TestCase("Tags: An ignored scenario", "tagged @ignore")]
    [TestCase("Tags: Work in progress", "tagged @wip")]
    public void Ignore_and_wip_scenarios_are_ignored_with_the_reason_and_never_run(string name, string reason)
    {
        var outcome = Run.Case(name);
        outcome.State.Should().Be(ResultState.Ignored);
        outcome.Message.Should().Contain(reason);
        SampleLog.Entries.Should().NotContain(e => e.EndsWith("must not run", StringComparison.Ordinal));
    }

    [Test]
    public void A_failing_step_fails_the_test_with_its_message_and_skips_the_rest()
    {
        var outcome = Run.Case("Outcomes: A failing step fails the test with its message");
        outcome.State.Should().Be(ResultState.Failure);
        outcome.Message.Should().Contain("Expected 1 / Actual 2");
        SampleLog.Entries.Should().Contain("A failing step fails the test with its message: before the failure")
            .And.NotContain("A failing step fails the test with its message: after the failure");
    }

    [Test]
    public void A_step_that_ignores_makes_the_test_ignored()
    {
        var outcome = Run.Case("Outcomes: A step that does not apply ignores the test");
        outcome.State.Should().Be(ResultState.Ignored);
        outcome.Message.Should().Contain("no idle queue");
    }

    [Test]
    public void An_undefined_step_is_inconclusive_with_a_snippet()
    {
        var outcome = Run.Case("Outcomes: An undefined step is inconclusive");
        outcome.State.Should().Be(ResultState.Inconclusive);
        outcome.Message.Should().Contain("a step nobody has bound");
    }

    [Test]
    public void A_feature_that_does_not_parse_is_one_failing_test_naming_file_and_line()
    {
        var outcome = Run.Cases.Single(c => c.Name.StartsWith("Samples/Broken/Broken.feature", StringComparison.Ordinal));
        outcome.Name.Should().Be("Samples/Broken/Broken.feature: load error");
        outcome.State.Should().Be(ResultState.Failure);
        outcome.Message.Should().Contain("Samples/Broken/Broken.feature:9:");
    }

    [Test]
    public void The_binding_check_names_every_step_without_a_binding()
    {
        var outcome = Run.Cases.Single(c => c.Name == "Binding check: every step matches exactly one binding");
        outcome.State.Should().Be(ResultState.Failure);
        outcome.Message.Should().Contain("Samples/Outcomes.feature:11: When \"a step nobody has bound\" matches no binding");
        outcome.Message.Should().Contain("1 step(s)");
    }

    [Test]
    public void Scenarios_of_a_feature_run_in_parallel_each_with_its_own_context()
    {
        foreach (var name in new[] { "First", "Second", "Third" })
        {
            Run.Case($"Parallel: {name} of three").State.Should().Be(ResultState.Success, Messages);
        }

        var contexts = SampleLog.Entries.Where(e => e.StartsWith("meeting ", StringComparison.Ordinal)).Select(e => e[(e.LastIndexOf(' ') + 1)..]).ToList();
        contexts.Should().HaveCount(3).And.OnlyHaveUniqueItems();
    }

    [Test]
    public void Every_injected_disposable_context_is_disposed_when_its_scenario_ends()
    {
        _ = Run;
        var created = SampleLog.Entries.Where(e => e.StartsWith("created ", StringComparison.Ordinal)).Select(e => e["created ".Length..]).ToList();
        var disposed = SampleLog.Entries.Where(e => e.StartsWith("disposed ", StringComparison.Ordinal)).Select(e => e["disposed ".Length..]).ToList();
        created.Should().NotBeEmpty();
        disposed.Should().BeEquivalentTo(created);
    }
}
