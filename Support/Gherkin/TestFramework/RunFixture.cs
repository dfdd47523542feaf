using System.ComponentModel;
using Conformance.Gherkin.Runtime;
using NUnit.Framework;
using NUnit.Framework.Internal;

namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// The NUnit set-up fixture above every feature fixture. Its one-time set-up and tear-down bracket
/// all scenarios, also with filters and parallel workers, so RunStarted/RunFinished and the
/// [BeforeTestRun]/[AfterTestRun] hooks run exactly once. A set-up fixture (not a test fixture)
/// because the VSTest adapter accepts fixtures only below set-up fixtures and namespaces.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RunFixture
{
    private TestRun? run;

    [OneTimeSetUp]
    public Task StartRunAsync()
    {
        run = FindRun(TestExecutionContext.CurrentContext.CurrentTest);
        return run.StartAsync();
    }

    [OneTimeTearDown]
    public Task FinishRunAsync() => run?.FinishAsync() ?? Task.CompletedTask;

    /// <summary>
    /// NUnit constructs set-up fixtures without arguments, so the run is taken from the feature
    /// fixtures below, which carry it as their constructor argument.
    /// </summary>
    private static TestRun FindRun(Test suite) =>
        suite.Tests.OfType<TestSuite>().SelectMany(t => t.Arguments).OfType<TestRun>().FirstOrDefault()
        ?? throw new InvalidOperationException($"{suite.FullName} holds no feature fixture, so there is no run to start");
}
