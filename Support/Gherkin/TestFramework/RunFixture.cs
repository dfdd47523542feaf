using System.ComponentModel;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Runtime;
using NUnit.Framework;

namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// The NUnit suite above every feature fixture. Its one-time set-up and tear-down bracket all
/// scenarios, also with filters and parallel workers, so RunStarted/RunFinished and the
/// [BeforeTestRun]/[AfterTestRun] hooks run exactly once. Built by <see cref="GherkinFeaturesAttribute"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RunFixture
{
    private readonly TestRun run;

    /// <summary>Called by NUnit with the run built by <see cref="GherkinFeaturesAttribute"/>.</summary>
    public RunFixture(object run) => this.run = (TestRun)run;

    [OneTimeSetUp]
    public Task StartRunAsync() => run.StartAsync();

    [OneTimeTearDown]
    public Task FinishRunAsync() => run.FinishAsync();

    /// <summary>The binding check test: every step in the features matches exactly one usable binding.</summary>
    public void CheckBindings()
    {
        var problems = BindingCheck.Run(run.Catalog, run.BuildRegistry());
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} step(s) or binding(s) need attention:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, problems));
        }
    }
}
