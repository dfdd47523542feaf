using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>The feature being run; injectable into bindings and [BeforeFeature]/[AfterFeature] hooks.</summary>
public sealed class FeatureContext
{
    internal FeatureContext(FeatureInfo feature) => Feature = feature;

    public FeatureInfo Feature { get; }
}
