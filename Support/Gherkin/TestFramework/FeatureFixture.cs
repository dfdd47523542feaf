using System.ComponentModel;
using System.Reflection;
using Conformance.Gherkin.Discovery;
using Conformance.Gherkin.Execution;
using NUnit.Framework;
using Reqnroll;

namespace Conformance.Gherkin.TestFramework;

/// <summary>The NUnit fixture of one feature file; one test per pickle. Built by <see cref="GherkinFeaturesAttribute"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FeatureFixture
{
    private readonly Assembly _testAssembly;
    private readonly FeatureFile _feature;

    /// <summary>Called by NUnit with the test assembly and the feature.</summary>
    public FeatureFixture(object testAssembly, object feature)
    {
        _testAssembly = (Assembly)testAssembly;
        _feature = (FeatureFile)feature;
    }

    /// <summary>As the generated [OneTimeTearDown]: ends the feature on every runner that ran it.</summary>
    [OneTimeTearDown]
    public Task FinishFeatureAsync() => TestRunnerManager.ReleaseFeatureAsync(_feature.Info, _testAssembly);

    /// <summary>The test method of every scenario.</summary>
    public Task RunScenarioAsync(object scenario) => ScenarioExecution.RunAsync(_testAssembly, _feature, (PickleScenario)scenario);

    /// <summary>The one test of a feature file that cannot run.</summary>
    public void ReportProblem() => Assert.Fail($"{_feature.RelativePath}:{_feature.ProblemLine}: {_feature.Problem}");
}
