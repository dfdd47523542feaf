namespace Conformance.Reporting.Grading;

public static class GradeNames
{
    /// <summary>Every grade in report order: verdicts about the target first, then the rest.</summary>
    public static IReadOnlyList<Grade> All { get; } =
    [
        Grade.Conformant, Grade.NonStrict, Grade.NonConformant, Grade.Informational,
        Grade.NotApplicable, Grade.Excluded, Grade.HarnessError, Grade.NotRun,
    ];

    /// <summary>The name a reader sees ("Non-strict").</summary>
    public static string Display(this Grade grade) => grade switch
    {
        Grade.Conformant => "Conformant",
        Grade.NonStrict => "Non-strict",
        Grade.NonConformant => "Non-conformant",
        Grade.Informational => "Informational",
        Grade.NotApplicable => "Not applicable",
        Grade.Excluded => "Excluded",
        Grade.HarnessError => "Harness error",
        Grade.NotRun => "Not run",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    /// <summary>The machine name used in JSON and configuration ("non-strict").</summary>
    public static string Id(this Grade grade) => grade switch
    {
        Grade.Conformant => "conformant",
        Grade.NonStrict => "non-strict",
        Grade.NonConformant => "non-conformant",
        Grade.Informational => "informational",
        Grade.NotApplicable => "not-applicable",
        Grade.Excluded => "excluded",
        Grade.HarnessError => "harness-error",
        Grade.NotRun => "not-run",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    /// <summary>Parses an id or display name, case-insensitively.</summary>
    public static Grade Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim();
        foreach (var grade in All)
        {
            if (string.Equals(grade.Id(), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(grade.Display(), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(grade.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return grade;
            }
        }

        throw new FormatException(
            $"Unknown grade '{text}'; expected one of: {string.Join(", ", All.Select(g => g.Id()))}.");
    }
}
