using System.ComponentModel;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Runtime;
using NUnit.Framework;

namespace Conformance.Gherkin.TestFramework;

/// <summary>The fixture of the binding check test (issue #2): every step in the features matches exactly one usable binding.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BindingCheckFixture
{
    private readonly TestRun run;

    /// <summary>Called by NUnit with the run built by <see cref="GherkinFeaturesAttribute"/>.</summary>
    public BindingCheckFixture(object run) => this.run = (TestRun)run;

    public void CheckBindings()
    {
        var problems = BindingCheck.Run(run.Catalog, run.BuildRegistry());
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} step(s) or binding(s) need attention:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, problems));
        }
    }
}
