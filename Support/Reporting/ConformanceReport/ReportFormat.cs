using System.Text;
using Conformance.Reporting.Grading;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// How one format (HTML, Markdown) draws the parts of the conformance report. What the report says,
/// and in which order, is decided once, by <see cref="ConformanceReportWalk"/>; a format only draws.
/// The inline methods return text already escaped for the format, ready to pass to a block method.
/// </summary>
public abstract class ReportFormat
{
    protected StringBuilder Output { get; } = new();

    /// <summary>Plain text, escaped.</summary>
    public abstract string Text(string text);

    /// <summary>A literal: a path, a URL, a hash, a step.</summary>
    public abstract string Code(string text);

    public abstract string Link(string text, string url);

    public abstract string GradeLabel(Grade grade);

    /// <summary>The gate's one-line verdict, made to stand out.</summary>
    public abstract string GateLabel(ConformanceRun run);

    public abstract void Begin(string title);

    /// <summary>The table of facts under the title: each row a name and a formatted value.</summary>
    public abstract void Facts(IEnumerable<(string Name, string Value)> facts);

    /// <summary>A heading; with a grade, the grade is drawn after the text.</summary>
    public abstract void Heading(int level, string text, Grade? grade = null);

    public abstract void Paragraph(string inline);

    public abstract void Table(IReadOnlyList<ReportColumn> columns, IEnumerable<IReadOnlyList<string>> rows);

    public abstract void BeginList();

    public abstract void Item(string inline);

    /// <summary>An item whose value may span lines (a list of notifications); it keeps its lines.</summary>
    public abstract void ItemWithBlock(string label, string value);

    public abstract void EndList();

    public abstract void Preformatted(string text);

    /// <summary>A piece of evidence, folded away.</summary>
    public abstract void Attachment(string name, string mediaType, string content);

    /// <summary>Ends the document and returns it.</summary>
    public abstract string End();
}
