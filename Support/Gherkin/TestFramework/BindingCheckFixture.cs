using System.ComponentModel;
using System.Reflection;
using Conformance.Gherkin.Discovery;
using Conformance.Gherkin.Execution;
using NUnit.Framework;

namespace Conformance.Gherkin.TestFramework;

/// <summary>The fixture of the binding check test: every step in the features matches exactly one binding.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BindingCheckFixture
{
    private readonly Assembly _testAssembly;
    private readonly FeatureCatalog _catalog;

    /// <summary>Called by NUnit with the test assembly and the catalog.</summary>
    public BindingCheckFixture(object testAssembly, object catalog)
    {
        _testAssembly = (Assembly)testAssembly;
        _catalog = (FeatureCatalog)catalog;
    }

    public void CheckBindings()
    {
        var problems = BindingCheck.Run(_testAssembly, _catalog);
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} step(s) or binding(s) need attention:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}
