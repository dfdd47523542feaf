using System.Text;

namespace Conformance.Reporting.Output;

/// <summary>The file names under the Reports directory and how they are written.</summary>
public static class ReportFiles
{
    public const string AllureResults = "allure-results";
    public const string JUnit = "junit.xml";
    public const string ConformanceJson = "conformance.json";
    public const string ConformanceMarkdown = "conformance.md";
    public const string ConformanceHtml = "conformance.html";
    public const string Gate = "gate.json";
    public const string Summary = "summary.txt";

    /// <summary>UTF-8 without a byte order mark, so golden files compare byte for byte.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string directory, string fileName, string content)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, fileName), content, Utf8);
    }
}
