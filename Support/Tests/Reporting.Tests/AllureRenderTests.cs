using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reporting.Tests;

/// <summary>
/// Renders the Allure results with the real, pinned Allure CLI through scripts/render-allure
/// so the results are proven to render. Never skipped: without node_modules or Java it fails and says what to do.
/// </summary>
public partial class AllureRenderTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    private static string Script()
    {
        var root = RepositoryRoot.Find();
        if (!File.Exists(Path.Combine(root, "node_modules", "allure-commandline", "dist", "bin", "allure")))
        {
            Assert.Fail($"The Allure CLI is missing from {root}/node_modules: run scripts/ensure-node-deps first.");
        }

        return Path.Combine(root, "scripts", "render-allure");
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Script(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Deadline))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"scripts/render-allure did not finish within {Deadline}; output so far: {(stdout.IsCompleted ? stdout.Result : string.Empty)}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Test]
    public void The_pinned_cli_renders_a_single_file_report_naming_every_scenario()
    {
        using var folder = new TestFolder();
        var expectations = folder.Write("mock.expectations.json", SampleRun.ExpectationsJson());
        Replay.Sample(folder, folder.Options(expectations));
        var results = Path.Combine(folder.Reports, "allure-results");
        var output = Path.Combine(folder.Reports, "allure-report");

        var (exitCode, log) = Run(results, output);

        exitCode.Should().Be(0, log);
        log.Should().Contain($"names all {SampleRun.Build().Scenarios.Count} scenarios");
        Directory.GetFiles(output).Select(Path.GetFileName).Should().Equal(["index.html"], "the report is one self-contained file");

        // Independent of the script's own check: decode the embedded test cases here too.
        var html = File.ReadAllText(Path.Combine(output, "index.html"));
        var rendered = EmbeddedTestCase().Matches(html)
            .Select(m => JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value))).RootElement)
            .ToList();
        rendered.Select(t => t.GetProperty("name").GetString()).Should().BeEquivalentTo(SampleRun.Build().Scenarios.Select(s => s.Scenario.Name));
        rendered.Single(t => t.GetProperty("name").GetString() == "Inviting an unknown agent is rejected")
            .GetProperty("status").GetString().Should().Be("failed");

        // Allure applied categories.json: non-conformance and harness errors are separate buckets.
        var categories = EmbeddedCategories().Match(html);
        categories.Success.Should().BeTrue("the report embeds data/categories.json");
        var tree = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(categories.Groups[1].Value))).RootElement;
        var buckets = tree.GetProperty("children").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => c.GetProperty("children").EnumerateArray().SelectMany(m => m.GetProperty("children").EnumerateArray()).Select(t => t.GetProperty("name").GetString()).ToList());
        buckets.Should().ContainKey("Non-conformance: MUST not met (the target's fault)")
            .WhoseValue.Should().Equal("Inviting an unknown agent is rejected");
        buckets.Should().ContainKey("Harness errors (not the target's fault)")
            .WhoseValue.Should().Equal("Accepting notifies the agent");
        buckets.Should().ContainKey("Known deviations (excluded by the target's expectations file)")
            .WhoseValue.Should().Equal("Inviting <agent> by name");
    }

    [Test]
    public void The_check_fails_and_names_a_scenario_missing_from_the_html()
    {
        using var folder = new TestFolder();
        Replay.Sample(folder, folder.Options());
        var results = Path.Combine(folder.Reports, "allure-results");
        var output = Path.Combine(folder.Reports, "allure-report");
        Run(results, output).ExitCode.Should().Be(0);

        File.WriteAllText(Path.Combine(results, "extra-result.json"), """{"uuid":"extra","name":"A scenario added later","fullName":"x.feature:1: A scenario added later","status":"passed"}""");
        var (exitCode, log) = Run("--check-only", results, Path.Combine(output, "index.html"));

        exitCode.Should().Be(1, log);
        log.Should().Contain("x.feature:1: A scenario added later");
    }

    [GeneratedRegex(@"d\('data/test-cases/[^']+\.json','([^']*)'\)")]
    private static partial Regex EmbeddedTestCase();

    [GeneratedRegex(@"d\('data/categories\.json','([^']*)'\)")]
    private static partial Regex EmbeddedCategories();
}
