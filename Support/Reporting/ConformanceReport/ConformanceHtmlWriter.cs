using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// Writes Reports/conformance.html: one self-contained file a vendor can mail to a customer.
/// Styles are inline, there is no script, and a Content-Security-Policy of
/// default-src 'none' makes the browser refuse any external load, so it opens offline and makes
/// no request. Links to doc pages are plain anchors: followed only when clicked.
/// </summary>
public sealed class ConformanceHtmlWriter : IReportWriter
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public string Name => ReportFiles.ConformanceHtml;

    public void Write(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ReportFiles.WriteText(options.OutputDirectory, ReportFiles.ConformanceHtml, Render(run, options));
    }

    public static string Render(ConformanceRun run, ReportOptions options) => ConformanceReportWalk.Render(run, options, new HtmlReportFormat());
}
