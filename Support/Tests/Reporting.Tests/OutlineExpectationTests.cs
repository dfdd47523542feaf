using Conformance.Reporting.Expectations;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;

namespace Reporting.Tests;

/// <summary>The runner names outline rows with their values filled in; expectations name the outline or one row.</summary>
public class OutlineExpectationTests
{
    private const string Feature = """
        @api-chat @op-Invite
        Feature: Chat Invite

          Scenario Outline: Inviting <agent> by name
            When the agent invites <agent>
            Examples:
              | agent |
              | a1    |
              | a2    |
        """;

    private static readonly FeatureInfo Info = RunFixture.Feature("Chat Invite", "Features/Chat/Invite.feature", "@api-chat", "@op-Invite");

    private static GradedScenario Row(string agent, int line, ExpectationsFile expectations, SuiteCatalog catalog)
    {
        var scenario = RunFixture.Scenario(Info, $"Inviting {agent} by name", line, examples: new() { ["agent"] = agent });
        var result = new RunFixture().Add(scenario, Conformance.Reporting.Model.Outcome.Failed, ["Then x"], failAt: 0,
            error: new Conformance.Reporting.Model.ErrorInfo("no", null, "E"));
        return Grader.Grade(result, expectations, catalog);
    }

    [Test]
    public void An_entry_naming_the_outline_excludes_every_row()
    {
        using var folder = new TestFolder();
        folder.Write("Features/Chat/Invite.feature", Feature);
        var catalog = SuiteCatalog.Read(folder.FeaturesRoot);
        var expectations = ExpectationsFile.Parse("""{"expectations":[{"scenario":"Chat Invite: Inviting <agent> by name","reason":"ABC-3"}]}""", "x.json");

        // Example rows sit on lines 8 and 9 of the file.
        Row("a1", 8, expectations, catalog).Grade.Should().Be(Grade.Excluded);
        Row("a2", 9, expectations, catalog).Grade.Should().Be(Grade.Excluded);
        expectations.Validate(catalog.Keys).Should().BeEmpty();
    }

    [Test]
    public void An_entry_naming_one_row_as_the_runner_names_it_excludes_only_that_row()
    {
        using var folder = new TestFolder();
        folder.Write("Features/Chat/Invite.feature", Feature);
        var catalog = SuiteCatalog.Read(folder.FeaturesRoot);
        var expectations = ExpectationsFile.Parse("""{"expectations":[{"scenario":"Chat Invite: Inviting a2 by name","reason":"ABC-4"}]}""", "x.json");

        Row("a1", 8, expectations, catalog).Grade.Should().Be(Grade.NonConformant);
        var excluded = Row("a2", 9, expectations, catalog);
        excluded.Grade.Should().Be(Grade.Excluded);
        excluded.ExpectationKey.Should().Be("Chat Invite: Inviting a2 by name");
        expectations.Validate(catalog.Keys).Should().BeEmpty("the row exists in the file even when a filter does not run it");
    }
}
