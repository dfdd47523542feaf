using System.Globalization;
using Conformance.Reporting;
using Conformance.Reporting.Gate;

namespace Reporting.Tests;

/// <summary>A scratch folder per test with deterministic report options pointing into it; deleted on dispose.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "reporting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        FeaturesRoot = Path.Combine(Root, "Features");
        SchemasRoot = Path.Combine(Root, "Schemas");
        Directory.CreateDirectory(FeaturesRoot);
        Directory.CreateDirectory(SchemasRoot);
        File.WriteAllText(Path.Combine(FeaturesRoot, "README.md"), "features\n");
        File.WriteAllText(Path.Combine(SchemasRoot, "invite.response.schema.json"), "{}\n");
    }

    public string Root { get; }

    public string FeaturesRoot { get; }

    public string SchemasRoot { get; }

    public string Reports => Path.Combine(Root, "Reports");

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Options with fixed provenance and sequential ids, so two runs give identical files.</summary>
    public ReportOptions Options(string? expectationsFile = null, GatePolicy? gate = null, TextWriter? console = null)
    {
        var next = 0;
        return new ReportOptions
        {
            OutputDirectory = Reports,
            SuiteVersion = "1.0.0-test",
            Commit = "0123456789abcdef0123456789abcdef01234567",
            ContentRoots = [FeaturesRoot, SchemasRoot],
            TargetName = "mock",
            TargetUrl = "http://127.0.0.1:5099",
            ServerIdentity = "GWS mock 8.5.2",
            ExpectationsFile = expectationsFile,
            FeaturesRoot = FeaturesRoot,
            Gate = gate ?? GatePolicy.Default,
            NewId = () => $"00000000-0000-0000-0000-{Interlocked.Increment(ref next).ToString("D12", CultureInfo.InvariantCulture)}",
            Console = console ?? TextWriter.Null,
        };
    }

    /// <summary>Text with this folder's path replaced by a fixed token, for golden comparison.</summary>
    public string Normalize(string text) => text.Replace(Root, "$TMP", StringComparison.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
