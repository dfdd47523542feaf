using Conformance.Reporting.Gate;
using Conformance.Reporting.Provenance;

namespace Conformance.Reporting;

/// <summary>
/// Everything the reports need that the run events do not carry. Tests inject
/// <see cref="NewId"/> and fixed provenance to get byte-identical output; <see cref="ForRepository"/>
/// fills the defaults for a real run.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>The Genesys documentation site's search, used for @doc- links unless configured otherwise.</summary>
    public const string GenesysDocsSearch = "https://docs.genesys.com/index.php?search=";

    /// <summary>Where every report is written (Reports/ in the repository); created when missing.</summary>
    public required string OutputDirectory { get; init; }

    public string SuiteName { get; init; } = "GWS Conformance";

    public string SuiteVersion { get; init; } = "unknown";

    /// <summary>The suite's git commit; <see cref="GitCommit.Read"/> gives it for a checkout.</summary>
    public string Commit { get; init; } = GitCommit.Unknown;

    /// <summary>Folders whose content is hashed into the report (Features/ and Schemas/).</summary>
    public IReadOnlyList<string> ContentRoots { get; init; } = [];

    /// <summary>The target's name as runsettings gives it ("mock", "lab-gws-852").</summary>
    public string TargetName { get; init; } = "unknown";

    public string? TargetUrl { get; init; }

    /// <summary>Asked at the end of the run, for a URL learned while it ran (the mock picks a free port); wins over <see cref="TargetUrl"/> when it returns text.</summary>
    public Func<string?>? TargetUrlProvider { get; init; }

    /// <summary>The server's identity (version, Server header) when known before the run.</summary>
    public string? ServerIdentity { get; init; }

    /// <summary>Asked at the end of the run, for an identity learned while it ran; wins over <see cref="ServerIdentity"/> when it returns text.</summary>
    public Func<string?>? ServerIdentityProvider { get; init; }

    /// <summary>The target's expectations file (known deviations), or null.</summary>
    public string? ExpectationsFile { get; init; }

    /// <summary>The feature files, for checking expectation keys before the run; defaults to RunInfo.FeaturesRoot.</summary>
    public string? FeaturesRoot { get; init; }

    public GatePolicy Gate { get; init; } = GatePolicy.Default;

    /// <summary>Prefix for @doc-&lt;Page&gt; links (the page name is appended, URL-escaped); null or empty links to the bare page name.</summary>
    public string? DocLinkBase { get; init; } = GenesysDocsSearch;

    /// <summary>Allure result and attachment ids.</summary>
    public Func<string> NewId { get; init; } = () => Guid.NewGuid().ToString();

    /// <summary>Where the one-screen summary goes at the end of the run; null writes it only to summary.txt.</summary>
    public TextWriter? Console { get; init; } = System.Console.Out;

    /// <summary>Defaults for a run from a checkout: commit from git, Features/ and Schemas/ hashed, Reports/ as output.</summary>
    public static ReportOptions ForRepository(string repositoryRoot, string? outputDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        return new ReportOptions
        {
            OutputDirectory = outputDirectory ?? Path.Combine(repositoryRoot, "Reports"),
            Commit = GitCommit.Read(repositoryRoot),
            ContentRoots = [Path.Combine(repositoryRoot, "Features"), Path.Combine(repositoryRoot, "Schemas")],
            FeaturesRoot = Path.Combine(repositoryRoot, "Features"),
        };
    }

    /// <summary>The link for a @doc- page name.</summary>
    public string DocLink(string page) =>
        string.IsNullOrEmpty(DocLinkBase) ? page : DocLinkBase + Uri.EscapeDataString(page);
}
