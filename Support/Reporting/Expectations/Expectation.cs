namespace Conformance.Reporting.Expectations;

/// <summary>A known deviation of one target: the scenario it excuses and why.</summary>
public sealed record Expectation(string Scenario, string Reason);
