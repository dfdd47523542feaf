using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Loading;

/// <summary>A feature file: its scenarios plus one failing entry per thing the runner could not use.</summary>
public sealed class LoadedFeature
{
    internal LoadedFeature(FeatureInfo info, string fullPath, IReadOnlyList<LoadedScenario> scenarios)
    {
        Info = info;
        FullPath = fullPath;
        Scenarios = scenarios;
    }

    public FeatureInfo Info { get; }

    public string FullPath { get; }

    /// <summary>Runnable scenarios and problem entries, in file order.</summary>
    public IReadOnlyList<LoadedScenario> Scenarios { get; }

    public override string ToString() => Info.RelativePath;
}
