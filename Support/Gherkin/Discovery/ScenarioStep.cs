using Reqnroll;

namespace Conformance.Gherkin.Discovery;

/// <summary>One step of a pickle (Background steps included), ready for <c>ITestRunner</c>.</summary>
internal sealed record ScenarioStep(StepCall Call, string Keyword, string Text, int Line, string? DocString, Table? Table);
