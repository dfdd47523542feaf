namespace Conformance.Reporting.Model;

/// <summary>
/// A reporter. Implementations must be thread-safe: scenarios run in parallel, so Scenario* and
/// Step* callbacks arrive concurrently for different scenarios (in order within one scenario).
/// </summary>
public interface IRunListener
{
    void RunStarted(RunInfo run) { }
    void FeatureStarted(FeatureInfo feature) { }
    void ScenarioStarted(ScenarioInfo scenario) { }
    void StepStarted(StepInfo step) { }
    void StepFinished(StepResult result) { }
    void ScenarioFinished(ScenarioResult result) { }
    void FeatureFinished(FeatureResult result) { }
    void RunFinished(RunResult result) { }
}
