using System.Globalization;
using System.Net;
using Conformance.Reporting.Grading;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>Draws the conformance report as Markdown (see <see cref="ConformanceMarkdownWriter"/>).</summary>
public sealed class MarkdownReportFormat : ReportFormat
{
    /// <summary>Text safe inside a table cell or a line: no pipes, no line breaks, no HTML.</summary>
    public override string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
    }

    public override string Code(string text) => $"`{text}`";

    public override string Link(string text, string url) => $"[{Text(text)}]({url})";

    public override string GradeLabel(Grade grade) => grade.Display();

    public override string GateLabel(ConformanceRun run) => $"**{Text(ReportText.GateLine(run))}**";

    public override void Begin(string title) => Output.Append(CultureInfo.InvariantCulture, $"# {Text(title)}\n\n");

    public override void Facts(IEnumerable<(string Name, string Value)> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Output.Append("| | |\n|---|---|\n");
        foreach (var (name, value) in facts)
        {
            Output.Append(CultureInfo.InvariantCulture, $"| {name} | {value} |\n");
        }

        Output.Append('\n');
    }

    public override void Heading(int level, string text, Grade? grade = null) =>
        Output.Append(CultureInfo.InvariantCulture, $"{new string('#', level)} {Text(text)}{(grade is { } g ? ": " + g.Display() : string.Empty)}\n\n");

    public override void Paragraph(string inline) => Output.Append(CultureInfo.InvariantCulture, $"{inline}\n\n");

    public override void Table(IReadOnlyList<ReportColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Output.Append("| ").AppendJoin(" | ", columns.Select(c => c.Header)).Append(" |\n");
        Output.Append('|').Append(string.Concat(columns.Select(c => c.RightAlignedInMarkdown ? "---:|" : "---|"))).Append('\n');
        foreach (var row in rows)
        {
            Output.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        Output.Append('\n');
    }

    public override void BeginList()
    {
    }

    public override void Item(string inline) => Output.Append(CultureInfo.InvariantCulture, $"- {inline}\n");

    // A one-line value stays on the bullet; a multi-line one (a list of notifications) is fenced.
    public override void ItemWithBlock(string label, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            Item($"{label}: {Text(value)}");
            return;
        }

        Output.Append(CultureInfo.InvariantCulture, $"- {label}:\n\n");
        Fence(value, "text");
    }

    // Exactly one blank line before the next block, whether the last one was a list or a fence.
    public override void EndList()
    {
        if (Output.Length < 2 || Output[^1] != '\n' || Output[^2] != '\n')
        {
            Output.Append('\n');
        }
    }

    public override void Preformatted(string text) => Fence(text, "text");

    public override void Attachment(string name, string mediaType, string content)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        Output.Append(CultureInfo.InvariantCulture, $"<details><summary>{WebUtility.HtmlEncode(name)} ({WebUtility.HtmlEncode(mediaType)})</summary>\n\n");
        Fence(content, mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) ? "json" : "text");
        Output.Append("</details>\n\n");
    }

    // The file ends with one newline, not the blank line that separates blocks.
    public override string End()
    {
        if (Output.Length >= 2 && Output[^1] == '\n' && Output[^2] == '\n')
        {
            Output.Length--;
        }

        return Output.ToString();
    }

    // A fence longer than any backtick run inside, so evidence can never close it early.
    private void Fence(string content, string language)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        Output.Append(fence).Append(language).Append('\n').Append(content.TrimEnd('\n')).Append('\n').Append(fence).Append("\n\n");
    }
}
