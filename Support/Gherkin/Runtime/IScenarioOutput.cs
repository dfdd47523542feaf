namespace Conformance.Gherkin.Runtime;

/// <summary>
/// Evidence for the reports: inject it into a binding or driver and attach what a reader needs to
/// judge a failure (style.md lesson 11). While a step runs the attachment belongs to that step,
/// otherwise (hooks) to the scenario. Safe to call from any thread.
/// </summary>
public interface IScenarioOutput
{
    void Attach(string name, string mediaType, string content);
}
