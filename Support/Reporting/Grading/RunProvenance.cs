namespace Conformance.Reporting.Grading;

/// <summary>What was tested, where and when: the header of every report.</summary>
public sealed record RunProvenance(
    string SuiteName,
    string SuiteVersion,
    string Commit,
    string ContentHash,
    string TargetName,
    string? TargetUrl,
    string? ServerIdentity,
    DateTimeOffset Start,
    DateTimeOffset Stop)
{
    public TimeSpan Duration => Stop - Start;
}
