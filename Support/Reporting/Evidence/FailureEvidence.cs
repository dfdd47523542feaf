using System.Text.RegularExpressions;
using Conformance.Reporting.Model;

namespace Conformance.Reporting.Evidence;

/// <summary>
/// What a failing scenario expected and what it got, in h2spec's Expected/Actual form
/// (h2spec's failure report). When the assertion message states both itself
/// ("Expected: 400" / "Actual: 201") those lines are used; otherwise the failing step is the
/// expectation and the assertion message is what actually happened. All text is redacted.
/// </summary>
public sealed partial record FailureEvidence(string? FailingStep, string Expected, string Actual, string Message, string? Trace, string? ExceptionType)
{
    /// <summary>The evidence for a scenario that did not pass, or null when it carries no error at all.</summary>
    public static FailureEvidence? Of(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failingStep = result.Steps.FirstOrDefault(s => s.Outcome is Outcome.Failed or Outcome.Broken);
        var error = failingStep?.Error ?? result.Error;
        if (error is null)
        {
            return null;
        }

        var stepText = failingStep is null ? null : $"{failingStep.Step.Keyword.Trim()} {failingStep.Step.Text}";
        var message = Redactor.Redact(error.Message);
        var trace = error.StackTrace is null ? null : Redactor.Redact(error.StackTrace);
        return Split(message) is var (expected, actual)
            ? new FailureEvidence(stepText, expected, actual, message, trace, error.ExceptionType)
            : new FailureEvidence(stepText, stepText ?? "the scenario to complete", message, message, trace, error.ExceptionType);
    }

    // The harness words its assertions as "Expected <what>" (one or more lines) followed by
    // "Actual: <what arrived>" (one or more lines); the sections may span lines, e.g. a list of
    // every notification that arrived.
    private static (string Expected, string Actual)? Split(string message)
    {
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var expectedAt = Array.FindIndex(lines, l => ExpectedLine().IsMatch(l));
        if (expectedAt < 0)
        {
            return null;
        }

        var actualAt = Array.FindIndex(lines, expectedAt + 1, l => ActualLine().IsMatch(l));
        if (actualAt < 0)
        {
            return null;
        }

        var expected = string.Join("\n", new[] { ExpectedLine().Replace(lines[expectedAt], string.Empty) }.Concat(lines[(expectedAt + 1)..actualAt])).Trim();
        var actual = string.Join("\n", new[] { ActualLine().Replace(lines[actualAt], string.Empty) }.Concat(lines[(actualAt + 1)..])).Trim();
        return (expected, actual);
    }

    /// <summary>The first line of the message: short enough for an attribute or a table cell.</summary>
    public string Headline
    {
        get
        {
            var line = Message.Split('\n', 2)[0].Trim();
            return line.Length == 0 ? "(no message)" : line;
        }
    }

    /// <summary>The failing step, unless it is already shown as the expectation.</summary>
    public string? DistinctFailingStep => FailingStep == Expected ? null : FailingStep;

    /// <summary>"Expected: ... / Actual: ..." as plain text lines.</summary>
    public string ExpectedActualText => $"Expected: {Expected}\nActual: {Actual}";

    // "Expected: 400", "Expected 400", "Expect: 400"; matched at the start of a line.
    [GeneratedRegex(@"^\s*Expect(?:ed)?\b\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedLine();

    [GeneratedRegex(@"^\s*(?:Actual|But was)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActualLine();
}
