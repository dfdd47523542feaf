using Conformance.Reporting.Grading;

namespace Conformance.Reporting.Output;

/// <summary>One report format. Writers read the graded run only, so all formats agree.</summary>
public interface IReportWriter
{
    /// <summary>What the writer produces, for error messages ("junit.xml").</summary>
    string Name { get; }

    void Write(ConformanceRun run, ReportOptions options);
}
