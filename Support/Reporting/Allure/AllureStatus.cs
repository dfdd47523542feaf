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
