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
