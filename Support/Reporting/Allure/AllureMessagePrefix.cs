using Conformance.Reporting.Grading;

namespace Conformance.Reporting.Allure;

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
