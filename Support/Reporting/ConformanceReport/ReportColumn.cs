namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// A column of a report table. <paramref name="Header"/> is already formatted (see <see cref="ReportFormat"/>);
/// a <paramref name="Count"/> column is right-aligned in HTML, and in Markdown too when <paramref name="RightAlignedInMarkdown"/>.
/// </summary>
public sealed record ReportColumn(string Header, bool Count = false, bool RightAlignedInMarkdown = false);
