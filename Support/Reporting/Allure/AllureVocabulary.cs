using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;

namespace Conformance.Reporting.Allure;

// Words of the Allure result format (allurereport.org "Allure result file
// format"), each in one place.
public static class AllureStatus
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Broken = "broken";
    public const string Skipped = "skipped";

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Passed => Passed,
        Outcome.Failed => Failed,
        Outcome.Broken => Broken,
        _ => Skipped,
    };

    /// <summary>
    /// A scenario's Allure status follows its grade, not its raw outcome: an @informational probe
    /// that observed something unexpected is not a red test, and an excluded known deviation stays
    /// red (a known deviation is never hidden) but lands in its own category.
    /// </summary>
    public static string Of(Grade grade) => grade switch
    {
        Grade.Conformant or Grade.Informational => Passed,
        Grade.NonStrict or Grade.NonConformant or Grade.Excluded => Failed,
        Grade.HarnessError => Broken,
        _ => Skipped,
    };
}

public static class AllureLabel
{
    public const string Epic = "epic";
    public const string Feature = "feature";
    public const string Story = "story";
    public const string Tag = "tag";
    public const string Severity = "severity";
    public const string ParentSuite = "parentSuite";
    public const string Suite = "suite";
    public const string Framework = "framework";
    public const string Language = "language";
    public const string Grade = "grade";
}

/// <summary>
/// The first words of statusDetails.message per grade; categories.json matches on them, which is
/// how the Categories tab separates non-conformance from harness errors.
/// </summary>
public static class AllureMessagePrefix
{
    public const string NonConformant = "Non-conformant (MUST not met)";
    public const string NonStrict = "Non-strict (SHOULD not met)";
    public const string Excluded = "Excluded (known deviation)";
    public const string HarnessError = "Harness error";
    public const string NotApplicable = "Not applicable";
    public const string NotRun = "Not run";
    public const string Informational = "Informational";

    public static string? For(Grade grade) => grade switch
    {
        Grading.Grade.NonConformant => NonConformant,
        Grading.Grade.NonStrict => NonStrict,
        Grading.Grade.Excluded => Excluded,
        Grading.Grade.HarnessError => HarnessError,
        Grading.Grade.NotApplicable => NotApplicable,
        Grading.Grade.NotRun => NotRun,
        Grading.Grade.Informational => Informational,
        _ => null,
    };
}
