using FluentAssertions;
using Gherkin.Tests.Harness;
using NUnit.Framework.Interfaces;

namespace Gherkin.Tests;

/// <summary>Issue #2 "Nothing lost": what Gherkin 5.0.0 would drop becomes a failing test naming file and line.</summary>
public sealed class ProblemTests
{
    private SampleRun run = null!;

    [OneTimeSetUp]
    public void RunSamples() => run = SampleRun.Execute("Problems");

    [Test]
    public void A_file_that_does_not_parse_fails_with_file_and_line()
    {
        var test = run.Case("Problems/Broken.feature: load error");

        test.State.Should().Be(ResultState.Error);
        test.Message.Should().Contain("Problems/Broken.feature:5:").And.Contain("Nonsense line here");
    }

    [Test]
    public void A_rule_line_fails_and_the_scenarios_under_it_still_run()
    {
        var test = run.Case("Rules: unsupported 'Rule' at line 3");

        test.State.Should().Be(ResultState.Error);
        test.Message.Should().StartWith("Problems/Rules.feature:3: 'Rule' is not a keyword in Gherkin 5.0.0");
        run.Case("Rules: Under the rule").State.Should().Be(ResultState.Success);
    }

    [Test]
    public void An_example_line_fails_but_keywords_inside_doc_strings_do_not()
    {
        run.Case("Example keyword: unsupported 'Example' at line 3").Message.Should().StartWith("Problems/Examples.feature:3:");
        run.Cases.Where(c => c.FullName.Contains(".Examples.", StringComparison.Ordinal)).Should().HaveCount(2);
        run.Case("Example keyword: Doc strings may mention keywords").State.Should().Be(ResultState.Success);
    }

    [Test]
    public void An_outline_without_example_rows_fails_with_its_line()
    {
        run.Case("No examples at all [no examples]").Message.Should().StartWith("Problems/EmptyOutline.feature:3:");
        run.Case("Examples without rows [no example rows at line 9]").Message.Should().StartWith("Problems/EmptyOutline.feature:9:");
    }

    [Test]
    public void A_tag_the_test_filter_cannot_express_fails_and_the_scenario_still_runs()
    {
        run.Case("Bad tag: unfilterable tag @op=Invite at line 3").Message.Should().StartWith("Problems/BadTag.feature:3: the tag @op=Invite contains one of");
        run.Case("Bad tag: Tagged with an equals sign").State.Should().Be(ResultState.Success);
    }

    [Test]
    public void A_file_without_a_feature_fails()
    {
        run.Case("Problems/Empty.feature: load error").Message.Should().Be("Problems/Empty.feature:1: contains no Feature: line, so it has no scenarios");
    }

    [Test]
    public void Problems_reach_the_listeners_as_broken_scenarios()
    {
        run.Log.Scenario("Problems/Broken.feature: load error").Outcome.Should().Be(Conformance.Gherkin.Results.Outcome.Broken);
    }

    [Test]
    public void A_missing_features_folder_is_a_failing_test()
    {
        var catalog = Conformance.Gherkin.Loading.FeatureCatalog.Load("Features/DoesNotExist");

        catalog.Problems.Should().ContainSingle().Which.Message.Should().Contain("does not exist");
    }
}
