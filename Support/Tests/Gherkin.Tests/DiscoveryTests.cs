using FluentAssertions;
using Gherkin.Tests.Harness;

namespace Gherkin.Tests;

/// <summary>Issue #2 "Discovery" and "Tags": one fixture per feature, one test per scenario and example row.</summary>
public sealed class DiscoveryTests
{
    [Test]
    public void Every_scenario_and_example_row_is_a_test_named_after_feature_and_scenario()
    {
        var run = SampleRun.Execute("Discovery");

        run.Cases.Select(c => c.Name).Should().BeEquivalentTo(
            "Binding check: every step matches exactly one binding",
            "Basics: Plain scenario",
            "Basics: Outline with 1 [amount=1, total=2] [line 20]",
            "Basics: Outline with 1 [amount=1, total=2] [line 21]",
            "Basics: Outline with 5 [amount=5, total=6]",
            "Basics: Ignored scenario",
            "Basics: Work in progress",
            "Other feature: Only scenario");
    }

    [Test]
    public void Fixtures_follow_the_feature_paths()
    {
        var run = SampleRun.Execute("Discovery");

        run.Case("Plain scenario").FullName.Should().Be("Samples.Discovery.Basics.Basics: Plain scenario");
        run.Case("Only scenario").FullName.Should().Be("Samples.Discovery.Nested.Other.Other feature: Only scenario");
    }

    [Test]
    public void The_tree_has_the_shape_the_vstest_adapter_accepts()
    {
        // NUnit3TestAdapter 6.3.1 rejects a fixture inside a fixture ("Expected ParameterizedMethod, Theory
        // or GenericMethod, but was TestFixture"), so the run is a set-up fixture holding plain fixtures.
        var run = SampleRun.Execute("Discovery");

        run.Tree.TestType.Should().Be("SetUpFixture");
        run.Tree.FullName.Should().Be("Samples.Discovery.GherkinRun");
        run.Tree.Tests.Should().OnlyContain(t => t.TestType == "TestFixture");
        run.Tree.Tests.SelectMany(t => t.Tests).Should().OnlyContain(t => t.TestType == "TestMethod");
    }

    [Test]
    public void Passing_scenarios_pass()
    {
        var run = SampleRun.Execute("Discovery");

        run.Cases.Where(c => !c.Name.Contains("Ignored", StringComparison.Ordinal) && !c.Name.Contains("Work in progress", StringComparison.Ordinal))
            .Should().OnlyContain(c => c.State.Status == NUnit.Framework.Interfaces.TestStatus.Passed);
    }

    [Test]
    public void The_result_model_carries_location_tags_and_example_values()
    {
        var run = SampleRun.Execute("Discovery");
        var row = run.Log.Scenario("Outline with 5 [amount=5, total=6]").Scenario;

        row.Feature.RelativePath.Should().Be("Discovery/Basics.feature");
        row.Feature.Description.Should().Be("A description the runner keeps.");
        row.Line.Should().Be(22, "an example row reports its own line");
        row.Tags.Should().Equal("@feature-tag", "@rows");
        row.ExampleValues.Should().Equal(new Dictionary<string, string> { ["amount"] = "5", ["total"] = "6" });
        var steps = run.Log.Scenario("Outline with 5 [amount=5, total=6]").Steps;
        steps.Select(s => (s.Step.Keyword, s.Step.Text, s.Step.Line)).Should().Equal(
            ("Given", "a counter starting at 1", 6),
            ("When", "the counter is increased by 5", 14),
            ("Then", "the counter is 6", 15));
    }

    [Test]
    public void Tags_become_categories_without_the_at_sign_including_inherited_ones()
    {
        var run = SampleRun.Execute("Discovery");

        run.Case("Plain scenario").Categories.Should().BeEquivalentTo("feature-tag", "op-Invite");
        run.Case("Outline with 5 [amount=5, total=6]").Categories.Should().BeEquivalentTo("feature-tag", "rows");
    }

    [Test]
    public void Ignore_and_wip_tags_make_the_test_ignored_with_the_tag_as_reason()
    {
        var run = SampleRun.Execute("Discovery");

        run.Case("Ignored scenario").State.Should().Be(NUnit.Framework.Interfaces.ResultState.Ignored);
        run.Case("Ignored scenario").Message.Should().Be("tagged @ignore");
        run.Case("Work in progress").State.Should().Be(NUnit.Framework.Interfaces.ResultState.Ignored);
        run.Case("Work in progress").Message.Should().Be("tagged @wip");
        run.Log.Scenario("Work in progress").Outcome.Should().Be(Conformance.Gherkin.Results.Outcome.Skipped);
    }
}
