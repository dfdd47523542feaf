using Conformance.Reporting.Evidence;
using Conformance.Reporting.Expectations;
using Conformance.Reporting.Model;
using Conformance.Reporting.Tags;

namespace Conformance.Reporting.Grading;

/// <summary>
/// Turns a scenario result into a grade (Autobahn
/// grades and h2spec's error vs failure):
/// <list type="bullet">
/// <item>Broken is always a Harness error: the harness, not the target, went wrong.</item>
/// <item>Not applicable and Skipped keep their reason (Not applicable / Not run).</item>
/// <item>An @informational scenario that ran is Informational, passed or not: it reports what it observed.</item>
/// <item>A failure listed in the target's expectations file is Excluded, with the listed reason.</item>
/// <item>Otherwise a failure is Non-conformant for @must (the default) and Non-strict for @should.</item>
/// </list>
/// Only a Failed outcome can be Excluded: a known deviation excuses the target, never the harness.
/// </summary>
public static class Grader
{
    /// <param name="result">The scenario as the runner reported it.</param>
    /// <param name="expectations">The target's known deviations.</param>
    /// <param name="catalog">
    /// The feature files, to name an outline row by its outline ("Inviting &lt;agent&gt;"). An
    /// entry may name either the outline (every row) or one row as the runner named it.
    /// </param>
    public static GradedScenario Grade(ScenarioResult result, ExpectationsFile expectations, SuiteCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(expectations);
        var address = ScenarioAddress.Of(result.Scenario);
        // The entry for this very row wins over the entry for its whole outline.
        var runnerKey = ExpectationKey.Of(result.Scenario);
        var writtenKey = catalog?.KeyOf(result.Scenario) ?? runnerKey;
        // An entry may name the scenario by its stable case id; it wins over the titles, which may be reworded.
        var key = address.CaseId is { } caseId && expectations.ReasonFor(caseId) is not null ? caseId
            : expectations.ReasonFor(runnerKey) is null ? writtenKey : runnerKey;
        var failure = result.Outcome is Outcome.Failed or Outcome.Broken ? FailureEvidence.Of(result) : null;
        var observation = ScenarioAttachments.Observation(result);
        var reason = string.IsNullOrWhiteSpace(result.Reason) ? null : Redactor.Redact(result.Reason);
        var excusedBecause = expectations.ReasonFor(key);

        var (grade, why) = result.Outcome switch
        {
            Outcome.Broken => (Grading.Grade.HarnessError, reason),
            Outcome.NotApplicable => (Grading.Grade.NotApplicable, reason ?? "no reason given"),
            Outcome.Skipped => (Grading.Grade.NotRun, reason ?? SkipReasonFromTags(address)),
            _ when address.Strength == RequirementStrength.Informational => (Grading.Grade.Informational, reason),
            Outcome.Passed when excusedBecause is not null => (Grading.Grade.Conformant,
                $"Listed as a known deviation ({excusedBecause}) but passed: remove the entry from the expectations file."),
            Outcome.Passed => (Grading.Grade.Conformant, reason),
            Outcome.Failed when excusedBecause is not null => (Grading.Grade.Excluded, excusedBecause),
            Outcome.Failed when address.Strength == RequirementStrength.Should => (Grading.Grade.NonStrict, reason),
            Outcome.Failed => (Grading.Grade.NonConformant, reason),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "Unknown outcome."),
        };

        return new GradedScenario(result, address, grade, why, observation, failure, key);
    }

    private static string SkipReasonFromTags(ScenarioAddress address)
    {
        var tags = address.Tags.Where(t => SuiteTags.Is(t, SuiteTags.Ignore) || SuiteTags.Is(t, SuiteTags.Wip)).Select(t => "@" + t).ToList();
        return tags.Count == 0 ? "skipped by the runner" : $"tagged {string.Join(" ", tags)}";
    }
}
