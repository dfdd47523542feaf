using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Conversion;
using Conformance.Gherkin.Loading;
using Conformance.Gherkin.Tables;
using FluentAssertions;

namespace Gherkin.Tests;

/// <summary>The pieces under the runner, tested directly.</summary>
public sealed class UnitTests
{
    private static readonly IReadOnlyDictionary<string, ParameterType> BuiltIns = ParameterType.BuiltIns().ToDictionary(p => p.Name);

    [TestCase("I have {int} cukes", "I have 42 cukes", true)]
    [TestCase("I have {int} cukes", "I have many cukes", false)]
    [TestCase("I have {int} cuke(s)", "I have 1 cuke", true)]
    [TestCase("I eat/drink it", "I drink it", true)]
    [TestCase("I eat/drink it", "I sleep it", false)]
    [TestCase(@"a literal \(paren\) and \{brace\}", "a literal (paren) and {brace}", true)]
    [TestCase("a {string} value", "a \"quoted\" value", true)]
    [TestCase("a {word}", "a two words", false)]
    [TestCase("costs {float}", "costs -.5", true)]
    [TestCase("anything: {}", "anything: at all", true)]
    public void Cucumber_expressions_match_whole_step_texts(string expression, string text, bool matches)
    {
        var (pattern, _) = CucumberExpression.Compile(expression, BuiltIns);

        System.Text.RegularExpressions.Regex.IsMatch(text, pattern).Should().Be(matches);
    }

    [Test]
    public void An_unknown_parameter_type_names_the_known_ones()
    {
        var act = () => CucumberExpression.Compile("a {colour}", BuiltIns);

        act.Should().Throw<ArgumentException>().WithMessage("unknown parameter type {colour}; known: {decimal}, {double}, {float}, {int}, {long}, {string}, {word}");
    }

    [Test]
    public void Expressions_starting_with_a_caret_or_ending_with_a_dollar_are_regular_expressions()
    {
        CucumberExpression.IsRegex("^a (.*)$").Should().BeTrue();
        CucumberExpression.IsRegex("a (.*)$").Should().BeTrue();
        CucumberExpression.IsRegex("a {int}").Should().BeFalse();
    }

    [Test]
    public void Values_convert_culture_invariantly_with_readable_errors()
    {
        ValueConverter.Convert("1.5", typeof(double)).Should().Be(1.5);
        ValueConverter.Convert("not started", typeof(DayKind)).Should().Be(DayKind.NotStarted);
        ValueConverter.Convert(string.Empty, typeof(int?)).Should().BeNull();
        ValueConverter.Convert("00:00:05", typeof(TimeSpan)).Should().Be(TimeSpan.FromSeconds(5));
        var act = () => ValueConverter.Convert("abc", typeof(int));
        act.Should().Throw<FormatException>().WithMessage("'abc' cannot be converted to Int32*");
    }

    [Test]
    public void A_table_names_unknown_columns_and_the_members_that_exist()
    {
        var table = new DataTable([["Field", "Value"], ["Colour", "red"]]);

        var act = () => table.CreateInstance<Settable>();

        act.Should().Throw<ArgumentException>().WithMessage("Settable has no settable member 'Colour'; members: Count, Name");
    }

    [Test]
    public void A_record_without_a_parameterless_constructor_is_built_through_its_constructor()
    {
        var table = new DataTable([["text", "from"], ["hi", "bot"]]);

        table.CreateInstance<Samples.Expressions.Message>().Should().Be(new Samples.Expressions.Message("hi", "bot", 100));
    }

    [Test]
    public void Rows_are_read_by_column_name()
    {
        var table = new DataTable([["a", "b"], ["1", "2"]]);

        table.Rows[0]["B"].Should().Be("2");
        table.ToDictionary().Should().Equal(new Dictionary<string, string> { ["1"] = "2" });
    }

    [Test]
    public void The_catalog_hash_changes_with_the_features_and_only_then()
    {
        var first = FeatureCatalog.Load("Features/Discovery");
        var again = FeatureCatalog.Load("Features/Discovery");
        var other = FeatureCatalog.Load("Features/Lifecycle");

        first.ContentHash.Should().HaveLength(64).And.Be(again.ContentHash).And.NotBe(other.ContentHash);
        first.Scenarios.Should().HaveCount(7);
    }

    [Test]
    public void Steps_take_the_kind_of_the_previous_step_for_and_but_and_star()
    {
        var catalog = FeatureCatalog.Load("Features/Failures");
        var steps = catalog.Scenarios.Single(s => s.Info.Name == "Failing assertion").Steps;

        steps.Select(s => s.Kind).Should().Equal(StepKind.Given, StepKind.When, StepKind.Then, StepKind.Then);
        steps.Select(s => s.Info.Keyword).Should().Equal("Given", "When", "Then", "And");
    }

    [Test]
    public void Step_kinds_follow_the_feature_language()
    {
        var scenario = FeatureCatalog.Load("Features/Language").Scenarios.Single();

        scenario.TestName.Should().Be("Sprache: Schlüsselwörter auf Deutsch");
        scenario.Steps.Select(s => s.Kind).Should().Equal(StepKind.Given, StepKind.Given, StepKind.When, StepKind.Then, StepKind.Then);
    }

    public enum DayKind
    {
        NotStarted,
    }

    public sealed class Settable
    {
        public string Name { get; set; } = string.Empty;

        public int Count { get; set; }
    }
}
