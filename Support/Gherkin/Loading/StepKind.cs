namespace Conformance.Gherkin.Loading;

/// <summary>
/// Which binding attribute a step is matched against. And, But and * take the kind of the step
/// before them (Given when they come first), as in Reqnroll.
/// </summary>
public enum StepKind
{
    Given,
    When,
    Then,
}
