using System.ComponentModel;
using System.Reflection;
using NUnit.Framework;
using NUnit.Framework.Internal;
using Reqnroll;

namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// The NUnit set-up fixture above every feature fixture: the generated assembly hooks of
/// Reqnroll.NUnit. Its one-time set-up and tear-down bracket all scenarios, also with filters and
/// parallel workers, so [BeforeTestRun]/[AfterTestRun] run exactly once and the formatters close.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RunFixture
{
    private Assembly? _testAssembly;

    [OneTimeSetUp]
    public Task StartRunAsync()
    {
        _testAssembly = FindAssembly(TestExecutionContext.CurrentContext.CurrentTest);
        return TestRunnerManager.OnTestRunStartAsync(_testAssembly);
    }

    [OneTimeTearDown]
    public Task FinishRunAsync() => _testAssembly is null ? Task.CompletedTask : TestRunnerManager.OnTestRunEndAsync(_testAssembly);

    /// <summary>NUnit constructs set-up fixtures without arguments; the fixtures below carry the test assembly.</summary>
    private static Assembly FindAssembly(Test suite) =>
        suite.Tests.OfType<TestSuite>().SelectMany(t => t.Arguments).OfType<Assembly>().FirstOrDefault()
        ?? throw new InvalidOperationException($"{suite.FullName} holds no feature fixture, so there is no run to start");
}
