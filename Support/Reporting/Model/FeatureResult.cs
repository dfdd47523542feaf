namespace Conformance.Reporting.Model;

public sealed record FeatureResult(FeatureInfo Feature, DateTimeOffset Start, DateTimeOffset Stop, IReadOnlyList<ScenarioResult> Scenarios);
