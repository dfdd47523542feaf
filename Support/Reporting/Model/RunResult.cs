namespace Conformance.Reporting.Model;

public sealed record RunResult(RunInfo Run, DateTimeOffset Stop, IReadOnlyList<FeatureResult> Features);
