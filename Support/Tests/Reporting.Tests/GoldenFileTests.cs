namespace Reporting.Tests;

/// <summary>JUnit, conformance.json, conformance.md and conformance.html for the sample run, byte for byte.</summary>
public class GoldenFileTests
{
    private static string Generate(string file)
    {
        using var folder = new TestFolder();
        var expectations = folder.Write("mock.expectations.json", SampleRun.ExpectationsJson("Chat Invite: No such scenario"));
        Replay.Sample(folder, folder.Options(expectations));
        return folder.Normalize(File.ReadAllText(Path.Combine(folder.Reports, file)));
    }

    [Test]
    public void JUnit_matches_its_golden_file() => Golden.Match("junit.xml", Generate("junit.xml"));

    [Test]
    public void Conformance_json_matches_its_golden_file() => Golden.Match("conformance.json", Generate("conformance.json"));

    [Test]
    public void Conformance_markdown_matches_its_golden_file() => Golden.Match("conformance.md", Generate("conformance.md"));

    [Test]
    public void Conformance_html_matches_its_golden_file() => Golden.Match("conformance.html", Generate("conformance.html"));

    [Test]
    public void Gate_json_matches_its_golden_file() => Golden.Match("gate.json", Generate("gate.json"));

    [Test]
    public void Output_is_identical_across_runs()
    {
        Generate("conformance.json").Should().Be(Generate("conformance.json"));
        Generate("junit.xml").Should().Be(Generate("junit.xml"));
    }
}
