using System.ComponentModel;
using Conformance.Gherkin.Loading;
using Conformance.Gherkin.Runtime;
using NUnit.Framework;

namespace Conformance.Gherkin.TestFramework;

/// <summary>The NUnit fixture of one feature file; one test per scenario or example row. Built by <see cref="GherkinFeaturesAttribute"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FeatureFixture
{
    private readonly FeatureRun feature;

    /// <summary>Called by NUnit with the run and the feature.</summary>
    public FeatureFixture(object run, LoadedFeature feature) => this.feature = new FeatureRun((TestRun)run, feature);

    [OneTimeSetUp]
    public Task StartFeatureAsync() => feature.StartAsync();

    [OneTimeTearDown]
    public Task FinishFeatureAsync() => feature.FinishAsync();

    /// <summary>The test method of every scenario.</summary>
    public async Task RunScenarioAsync(LoadedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        NUnitOutcome.Report(await feature.RunScenarioAsync(scenario));
    }
}
