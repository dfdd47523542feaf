using Conformance.Reporting.Expectations;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;

namespace Reporting.Tests;

/// <summary>Every grade of the conformance report, from the outcome, the strength tags and the expectations file.</summary>
public class GradeTests
{
    private static readonly FeatureInfo Feature = RunFixture.Feature("Chat Invite", "Chat/Invite.feature", "@api-chat", "@op-Invite");
    private static readonly ErrorInfo AssertionFailed = new("Expected: 400\nActual: 200", null, "NUnit.Framework.AssertionException");

    private static GradedScenario Grade(Outcome outcome, string[]? tags = null, string? reason = null, ExpectationsFile? expectations = null, Attachment[]? attachments = null)
    {
        var fixture = new RunFixture();
        var result = fixture.Add(
            RunFixture.Scenario(Feature, "Invite", 3, tags),
            outcome,
            ["When the agent invites", "Then the status is 400"],
            failAt: outcome is Outcome.Failed or Outcome.Broken ? 1 : -1,
            error: outcome is Outcome.Failed or Outcome.Broken ? AssertionFailed : null,
            reason: reason,
            stepAttachments: attachments);
        return Grader.Grade(result, expectations ?? ExpectationsFile.None);
    }

    private static ExpectationsFile Excusing(string key) =>
        ExpectationsFile.Parse($$"""{"expectations":[{"scenario":"{{key}}","reason":"ABC-12"}]}""", "x.json");

    [Test]
    public void A_passed_scenario_is_Conformant() => Grade(Outcome.Passed).Grade.Should().Be(Conformance.Reporting.Grading.Grade.Conformant);

    [Test]
    public void A_failed_scenario_without_strength_tag_is_Non_conformant_because_must_is_the_default()
    {
        var graded = Grade(Outcome.Failed);
        graded.Grade.Should().Be(Conformance.Reporting.Grading.Grade.NonConformant);
        graded.Address.Strength.Should().Be(RequirementStrength.Must);
        graded.Failure!.Expected.Should().Be("400");
        graded.Failure.Actual.Should().Be("200");
    }

    [Test]
    public void A_failed_should_scenario_is_Non_strict() =>
        Grade(Outcome.Failed, ["@should"]).Grade.Should().Be(Conformance.Reporting.Grading.Grade.NonStrict);

    [Test]
    public void Strength_tags_work_without_the_at_sign_and_in_any_case() =>
        Grade(Outcome.Failed, ["SHOULD"]).Grade.Should().Be(Conformance.Reporting.Grading.Grade.NonStrict);

    [Test]
    public void A_should_tag_on_the_feature_applies_to_its_scenarios()
    {
        var feature = RunFixture.Feature("F", "f.feature", "@should");
        var result = new RunFixture().Add(RunFixture.Scenario(feature, "S", 2), Outcome.Failed, ["Then x"], failAt: 0, error: AssertionFailed);
        Grader.Grade(result, ExpectationsFile.None).Grade.Should().Be(Conformance.Reporting.Grading.Grade.NonStrict);
    }

    [TestCase(Outcome.Passed)]
    [TestCase(Outcome.Failed)]
    public void An_informational_scenario_that_ran_is_Informational_with_what_it_observed(Outcome outcome)
    {
        var graded = Grade(outcome, ["@informational"], attachments: [new Attachment("observation", "text/plain", "answered 422")]);
        graded.Grade.Should().Be(Conformance.Reporting.Grading.Grade.Informational);
        graded.Observation.Should().Be("answered 422");
    }

    [Test]
    public void Not_applicable_keeps_its_reason()
    {
        var graded = Grade(Outcome.NotApplicable, reason: "no inbound sessions on this target");
        graded.Grade.Should().Be(Conformance.Reporting.Grading.Grade.NotApplicable);
        graded.Reason.Should().Be("no inbound sessions on this target");
    }

    [Test]
    public void A_failure_listed_in_the_expectations_file_is_Excluded_with_the_listed_reason()
    {
        var graded = Grade(Outcome.Failed, expectations: Excusing("Chat Invite: Invite"));
        graded.Grade.Should().Be(Conformance.Reporting.Grading.Grade.Excluded);
        graded.Reason.Should().Be("ABC-12");
    }

    [Test]
    public void A_listed_scenario_that_passes_is_Conformant_and_says_the_entry_is_stale()
    {
        var graded = Grade(Outcome.Passed, expectations: Excusing("Chat Invite: Invite"));
        graded.Grade.Should().Be(Conformance.Reporting.Grading.Grade.Conformant);
        graded.Reason.Should().Contain("remove the entry");
    }

    [Test]
    public void A_broken_scenario_is_a_Harness_error_even_when_listed_as_a_known_deviation()
    {
        Grade(Outcome.Broken).Grade.Should().Be(Conformance.Reporting.Grading.Grade.HarnessError);
        Grade(Outcome.Broken, expectations: Excusing("Chat Invite: Invite")).Grade.Should().Be(Conformance.Reporting.Grading.Grade.HarnessError);
        Grade(Outcome.Broken, ["@informational"]).Grade.Should().Be(Conformance.Reporting.Grading.Grade.HarnessError);
    }

    [Test]
    public void A_skipped_scenario_is_Not_run_and_names_the_tag_that_skipped_it()
    {
        var graded = Grade(Outcome.Skipped, ["@wip"]);
        graded.Grade.Should().Be(Conformance.Reporting.Grading.Grade.NotRun);
        graded.Reason.Should().Be("tagged @wip");
    }

    [Test]
    public void Api_operation_and_doc_page_come_from_the_tags()
    {
        var feature = RunFixture.Feature("SMS Invite", "Sms/Invite.feature", "@api-sms");
        var result = new RunFixture().Add(RunFixture.Scenario(feature, "S", 2, ["@op-Invite", "@doc-SMSInvite"]), Outcome.Passed, ["Then x"]);
        var address = Grader.Grade(result, ExpectationsFile.None).Address;
        address.Api.Should().Be("SMS Session");
        address.Operation.Should().Be("Invite");
        address.DocPage.Should().Be("SMSInvite");
    }

    [Test]
    public void Every_grade_has_a_distinct_display_name_and_id_that_parse_back()
    {
        GradeNames.All.Should().HaveCount(Enum.GetValues<Grade>().Length);
        GradeNames.All.Select(g => g.Id()).Should().OnlyHaveUniqueItems();
        foreach (var grade in GradeNames.All)
        {
            GradeNames.Parse(grade.Id()).Should().Be(grade);
            GradeNames.Parse(grade.Display()).Should().Be(grade);
        }
    }
}
