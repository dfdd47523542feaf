namespace Conformance.Reporting.Grading;

public static class RequirementStrengthNames
{
    /// <summary>The word a reader sees: MUST, SHOULD, informational.</summary>
    public static string Word(this RequirementStrength strength) => strength switch
    {
        RequirementStrength.Must => "MUST",
        RequirementStrength.Should => "SHOULD",
        _ => "informational",
    };

    /// <summary>The tag name, as in JSON ("must").</summary>
    public static string Id(this RequirementStrength strength) => strength.ToString().ToLowerInvariant();
}
