using Reqnroll;

namespace Conformance.Gherkin.Discovery;

/// <summary>Which <c>ITestRunner</c> call a step becomes, as the generated code-behind chooses it from the keyword.</summary>
internal enum StepCall
{
    Given,
    When,
    Then,
    And,
    But,
}

/// <summary>One step of a pickle (Background steps included), ready for <c>ITestRunner</c>.</summary>
internal sealed record ScenarioStep(StepCall Call, string Keyword, string Text, int Line, string? DocString, Table? Table);
