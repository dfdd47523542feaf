namespace Conformance.Reporting.Expectations;

/// <summary>A known deviation of one target: the scenario it excuses and why (style.md lesson 10).</summary>
public sealed record Expectation(string Scenario, string Reason);
