using Conformance.Reporting.Expectations;

namespace Conformance.Reporting.Grading;

/// <summary>An expectations entry and the scenarios (by id) it excused in this run.</summary>
public sealed record ExpectationUse(Expectation Entry, IReadOnlyList<string> MatchedScenarioIds);
