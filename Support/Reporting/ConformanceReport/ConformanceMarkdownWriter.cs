using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// Writes Reports/conformance.md: the certification report for people, readable on a
/// code host or in a terminal. Same content as conformance.html, from the same graded run.
/// </summary>
public sealed class ConformanceMarkdownWriter : IReportWriter
{
    public string Name => ReportFiles.ConformanceMarkdown;

    public void Write(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ReportFiles.WriteText(options.OutputDirectory, ReportFiles.ConformanceMarkdown, Render(run, options));
    }

    public static string Render(ConformanceRun run, ReportOptions options) => ConformanceReportWalk.Render(run, options, new MarkdownReportFormat());
}
