using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Results;
using Conformance.Gherkin.Runtime;

namespace Gherkin.Tests.Samples.BrokenSetup;

[Binding]
public sealed class Setup
{
    [BeforeTestRun]
    public static void Start(RunSetup run)
    {
        run.Listeners.Add(new ThrowingListener());
        throw new InvalidOperationException("the mock server did not start");
    }

    [Given("anything")]
    public static void Anything()
    {
    }
}

public sealed class ThrowingListener : IRunListener
{
    public void ScenarioFinished(ScenarioResult result) => throw new InvalidOperationException("the report folder is read-only");
}
