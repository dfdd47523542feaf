using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// The one-file hookup: put it on an empty class in the test assembly (with the runtime plugin),
/// <code>
/// [assembly: RuntimePlugin(typeof(NUnitGluePlugin))]
/// [GherkinFeatures("Features")] public sealed class ConformanceFeatures;
/// </code>
/// and NUnit gets one suite "&lt;namespace&gt;.Features" holding the binding check and one fixture
/// per feature file, with one test per scenario and example row, run on Reqnroll's runtime with the
/// Reqnroll bindings of that assembly (and of reqnroll.json's bindingAssemblies).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GherkinFeaturesAttribute(string featuresFolder) : NUnitAttribute, IFixtureBuilder2
{
    /// <summary>Relative to the test assembly's folder, where the csproj copies Features/**.</summary>
    public string FeaturesFolder { get; } = featuresFolder;

    /// <summary>
    /// Scenarios run in parallel (feature fixtures and their scenarios), up to NUnit's worker count
    /// (runsettings NUnit.NumberOfTestWorkers, or [assembly: LevelOfParallelism(n)]). Default true.
    /// </summary>
    public bool Parallel { get; set; } = true;

    /// <summary>Adds the binding check test to the suite. Default true.</summary>
    public bool IncludeBindingCheck { get; set; } = true;

    public IEnumerable<TestSuite> BuildFrom(ITypeInfo typeInfo) => BuildFrom(typeInfo, new AcceptAllPreFilter());

    public IEnumerable<TestSuite> BuildFrom(ITypeInfo typeInfo, IPreFilter filter)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var options = new SuiteOptions(FeaturesFolder, typeInfo.Namespace, typeInfo.Assembly) { Parallel = Parallel, IncludeBindingCheck = IncludeBindingCheck };
        return [SuiteBuilder.Build(options)];
    }
}
