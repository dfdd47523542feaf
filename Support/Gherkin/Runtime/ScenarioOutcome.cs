using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>What a scenario run produced: the reported result and, if it did not pass, why.</summary>
internal sealed record ScenarioOutcome(ScenarioResult Result, Failure? Failure);
