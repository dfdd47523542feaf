namespace Conformance.Gherkin.Hooks;

public enum HookKind
{
    BeforeTestRun,
    AfterTestRun,
    BeforeFeature,
    AfterFeature,
    BeforeScenario,
    AfterScenario,
    BeforeStep,
    AfterStep,
}
