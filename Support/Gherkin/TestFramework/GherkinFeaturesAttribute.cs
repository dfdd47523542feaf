using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// The one-file hookup (issue #2): put it on an empty class in the test assembly,
/// <code>[GherkinFeatures("Features")] public sealed class ConformanceFeatures;</code>
/// and NUnit gets one suite "&lt;namespace&gt;.Features" holding the binding check and one fixture
/// per feature file, with one test per scenario and example row, tags as categories. Bindings are
/// the [Binding] classes of that class's assembly and of <see cref="BindingsFrom"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GherkinFeaturesAttribute(string featuresFolder) : NUnitAttribute, IFixtureBuilder2
{
    /// <summary>Relative to the test assembly's folder, where the csproj copies Features/**.</summary>
    public string FeaturesFolder { get; } = featuresFolder;

    /// <summary>More assemblies to take bindings and [assembly: RunListener] from, named by one type each.</summary>
    public Type[] BindingsFrom { get; set; } = [];

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
        var assemblies = BindingsFrom.Select(t => t.Assembly).Prepend(typeInfo.Assembly).Distinct().ToList();
        var options = new SuiteOptions(FeaturesFolder, typeInfo.Namespace, assemblies) { Parallel = Parallel, IncludeBindingCheck = IncludeBindingCheck };
        return [SuiteBuilder.Build(options)];
    }
}
