namespace Conformance.Reporting.Allure;

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
