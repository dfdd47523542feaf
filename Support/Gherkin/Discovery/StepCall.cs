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
