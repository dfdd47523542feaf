namespace Conformance.Reporting.Grading;

/// <summary>How strongly the documentation requires the behaviour a scenario checks.</summary>
public enum RequirementStrength
{
    /// <summary>@must, and the default when a scenario carries no strength tag.</summary>
    Must,

    /// <summary>@should: a miss is graded Non-strict.</summary>
    Should,

    /// <summary>@informational: an open-ended probe; the report shows what was observed.</summary>
    Informational,
}

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
