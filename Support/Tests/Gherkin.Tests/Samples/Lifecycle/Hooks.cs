using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Results;
using Conformance.Gherkin.Runtime;
using Gherkin.Tests.Harness;

[assembly: RunListener(typeof(Gherkin.Tests.Samples.Lifecycle.AttributeListener))]

namespace Gherkin.Tests.Samples.Lifecycle;

[Binding]
public sealed class Hooks(EventLog log, ScenarioContext scenario)
{
    [BeforeTestRun]
    public static void Setup(RunSetup run, EventLog log)
    {
        run.Services.Add(new RegisteredService());
        log.Note("BeforeTestRun");
    }

    [AfterTestRun]
    public static void TearDown(RegisteredService service, EventLog log) => log.Note($"AfterTestRun uses={service.Uses}");

    [BeforeFeature("@first")]
    public static void BeforeFirst(FeatureContext feature, EventLog log) => log.Note($"BeforeFeature {feature.Feature.Name}");

    [AfterFeature]
    public static void AfterAny(FeatureContext feature, EventLog log) => log.Note($"AfterFeature {feature.Feature.Name}");

    [BeforeScenario(Order = 2)]
    public void Second() => log.Note($"{scenario.Scenario.Name}: BeforeScenario order 2");

    [BeforeScenario(Order = 1)]
    public void First() => log.Note($"{scenario.Scenario.Name}: BeforeScenario order 1");

    [BeforeScenario("tagged")]
    public void Tagged() => log.Note($"{scenario.Scenario.Name}: BeforeScenario tagged");

    [BeforeStep]
    public void BeforeStep() => log.Note($"{scenario.Scenario.Name}: BeforeStep {scenario.CurrentStep?.Text}");

    [AfterStep]
    public void AfterStep() => log.Note($"{scenario.Scenario.Name}: AfterStep {scenario.CurrentStep?.Text}");

    [AfterScenario]
    public void After()
    {
        scenario.Attach("summary", "text/plain", $"{scenario.Scenario.Name} {scenario.Outcome}");
        log.Note($"{scenario.Scenario.Name}: AfterScenario");
    }
}

/// <summary>Registered with [assembly: RunListener]; created through the run scope.</summary>
public sealed class AttributeListener(EventLog log) : IRunListener
{
    public void RunStarted(RunInfo run) => log.Note("AttributeListener RunStarted");
}
