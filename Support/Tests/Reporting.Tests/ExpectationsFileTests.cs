using Conformance.Reporting.Expectations;

namespace Reporting.Tests;

/// <summary>The expectations file: format errors and entries that match no scenario are harness errors.</summary>
public class ExpectationsFileTests
{
    private static readonly HashSet<string> Known = ["Chat Invite: Inviting an agent succeeds"];

    [Test]
    public void No_file_configured_means_no_entries_and_no_problems()
    {
        var file = ExpectationsFile.Load(null);
        file.Entries.Should().BeEmpty();
        file.Validate(Known).Should().BeEmpty();
    }

    [Test]
    public void A_missing_file_is_a_problem_naming_the_path()
    {
        var problems = ExpectationsFile.Load("/nonexistent/mock.expectations.json").Validate(Known);
        problems.Should().ContainSingle().Which.Should().Contain("/nonexistent/mock.expectations.json").And.Contain("does not exist");
    }

    [Test]
    public void Invalid_json_is_a_problem()
    {
        ExpectationsFile.Parse("{\"expectations\": [", "x.json").Problems.Should().ContainSingle().Which.Should().Contain("not valid JSON");
    }

    [Test]
    public void A_file_without_an_expectations_array_is_a_problem()
    {
        ExpectationsFile.Parse("""{"exclusions":[]}""", "x.json").Problems.Should().ContainSingle().Which.Should().Contain("\"expectations\" array");
    }

    [Test]
    public void An_entry_without_a_reason_is_a_problem()
    {
        var file = ExpectationsFile.Parse("""{"expectations":[{"scenario":"Chat Invite: Inviting an agent succeeds"}]}""", "x.json");
        file.Problems.Should().ContainSingle().Which.Should().Contain("entry 0").And.Contain("\"reason\"");
        file.Entries.Should().BeEmpty();
    }

    [Test]
    public void A_duplicate_entry_is_a_problem()
    {
        var file = ExpectationsFile.Parse(
            """{"expectations":[{"scenario":"A: B","reason":"r"},{"scenario":" A: B ","reason":"r2"}]}""", "x.json");
        file.Problems.Should().ContainSingle().Which.Should().Contain("listed twice");
    }

    [Test]
    public void An_entry_matching_no_scenario_is_a_problem_that_shows_the_key_format()
    {
        var file = ExpectationsFile.Parse("""{"expectations":[{"scenario":"Chat Invite: Inviting a ghost","reason":"r"}]}""", "x.json");
        file.Validate(Known).Should().ContainSingle().Which.Should()
            .Contain("\"Chat Invite: Inviting a ghost\" matches no scenario").And.Contain("<Feature name>: <Scenario name>");
    }

    [Test]
    public void Comments_trailing_commas_and_blanks_around_names_are_accepted()
    {
        var file = ExpectationsFile.Parse(
            """
            // reviewed 2026-11-20
            {"expectations":[{"scenario":"  Chat Invite: Inviting an agent succeeds ","reason":" ABC-1 "},]}
            """,
            "x.json");
        file.Validate(Known).Should().BeEmpty();
        file.ReasonFor("Chat Invite: Inviting an agent succeeds").Should().Be("ABC-1");
    }

    [Test]
    public void The_catalog_reads_scenario_and_outline_names_from_feature_files()
    {
        using var folder = new TestFolder();
        folder.Write("Features/Chat/Invite.feature", """
            @api-chat @op-Invite
            Feature: Chat Invite

              Background:
                Given a chat session

              Scenario: Inviting an agent succeeds
                When the agent invites agent2

              Scenario Outline: Inviting <agent> by name
                When the agent invites <agent>
                Examples:
                  | agent |
                  | a1    |
            """);
        var catalog = SuiteCatalog.Read(folder.FeaturesRoot);
        catalog.Unreadable.Should().BeEmpty();
        catalog.Keys.Should().BeEquivalentTo(["Chat Invite: Inviting an agent succeeds", "Chat Invite: Inviting <agent> by name", "Chat Invite: Inviting a1 by name"]);
    }

    [Test]
    public void An_unparsable_feature_file_is_reported_not_thrown()
    {
        using var folder = new TestFolder();
        folder.Write("Features/Broken.feature", "Scenario: a scenario before any Feature line\n  Given x\nFeature: late\n");
        SuiteCatalog.Read(folder.FeaturesRoot).Unreadable.Should().ContainSingle().Which.Should().Contain("Broken.feature");
    }
}
