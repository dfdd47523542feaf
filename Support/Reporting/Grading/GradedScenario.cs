using Conformance.Reporting.Evidence;
using Conformance.Reporting.Model;
using Conformance.Reporting.Tags;

namespace Conformance.Reporting.Grading;

/// <summary>One scenario as every report shows it: its result, address in the docs, grade and evidence.</summary>
public sealed record GradedScenario(
    ScenarioResult Result,
    ScenarioAddress Address,
    Grade Grade,
    string? Reason,
    string? Observation,
    FailureEvidence? Failure,
    string ExpectationKey)
{
    public ScenarioInfo Scenario => Result.Scenario;

    public TimeSpan Duration => Result.Stop - Result.Start;

    /// <summary>The scenario name with its example values, unique within a feature ("Invite [agent=a1]").</summary>
    public string DisplayName =>
        Scenario.ExampleValues.Count == 0
            ? Scenario.Name
            : $"{Scenario.Name} [{string.Join(", ", Scenario.ExampleValues.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}]";

    /// <summary>A stable identity across runs: feature file, line and display name.</summary>
    public string Id => $"{Scenario.Feature.RelativePath.Replace('\\', '/')}:{Scenario.Line}: {DisplayName}";
}
