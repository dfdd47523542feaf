using System.Collections.Concurrent;
using Conformance.Gherkin.Results;

namespace Gherkin.Tests.Harness;

/// <summary>
/// Records every runner event and every note a sample binding makes, in arrival order. Registered
/// as a listener and as a run-scoped service, so bindings and hooks can write to it too.
/// </summary>
public sealed class EventLog : IRunListener
{
    private readonly ConcurrentQueue<string> entries = new();
    private readonly ConcurrentQueue<ScenarioResult> scenarios = new();
    private readonly ConcurrentQueue<StepResult> steps = new();
    private readonly ConcurrentQueue<RunResult> runs = new();

    public IReadOnlyList<string> Entries => [.. entries];

    public IReadOnlyList<ScenarioResult> Scenarios => [.. scenarios];

    public IReadOnlyList<StepResult> Steps => [.. steps];

    public IReadOnlyList<RunResult> Runs => [.. runs];

    public void Note(string entry) => entries.Enqueue(entry);

    public void RunStarted(RunInfo run) => Note("RunStarted");

    public void FeatureStarted(FeatureInfo feature) => Note($"FeatureStarted {feature.Name}");

    public void ScenarioStarted(ScenarioInfo scenario) => Note($"ScenarioStarted {scenario.TestName}");

    public void StepStarted(StepInfo step) => Note($"StepStarted {step.Text}");

    public void StepFinished(StepResult result)
    {
        steps.Enqueue(result);
        Note($"StepFinished {result.Step.Text} {result.Outcome}");
    }

    public void ScenarioFinished(ScenarioResult result)
    {
        scenarios.Enqueue(result);
        Note($"ScenarioFinished {result.Scenario.TestName} {result.Outcome}");
    }

    public void FeatureFinished(FeatureResult result) => Note($"FeatureFinished {result.Feature.Name} {result.Scenarios.Count}");

    public void RunFinished(RunResult result)
    {
        runs.Enqueue(result);
        Note("RunFinished");
    }

    public ScenarioResult Scenario(string testNameEnd) =>
        Scenarios.Single(s => s.Scenario.TestName.EndsWith(testNameEnd, StringComparison.Ordinal));
}
