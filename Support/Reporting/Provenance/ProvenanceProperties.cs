using Conformance.Reporting.Grading;

namespace Conformance.Reporting.Provenance;

/// <summary>
/// The run's provenance as name=value pairs: Allure's environment.properties and the JUnit
/// &lt;properties&gt; list the same keys, from here. A value the run does not know is left out.
/// </summary>
public static class ProvenanceProperties
{
    public static IEnumerable<(string Name, string Value)> Of(RunProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var all = new (string Name, string? Value)[]
        {
            ("target", provenance.TargetName),
            ("target.url", provenance.TargetUrl),
            ("target.server", provenance.ServerIdentity),
            ("suite.version", provenance.SuiteVersion),
            ("suite.commit", provenance.Commit),
            ("suite.contentHash", provenance.ContentHash),
        };
        return all.Where(p => p.Value is not null).Select(p => (p.Name, p.Value!));
    }
}
