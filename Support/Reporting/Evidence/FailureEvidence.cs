using System.Text.RegularExpressions;
using Conformance.Gherkin.Results;

namespace Conformance.Reporting.Evidence;

/// <summary>
/// What a failing scenario expected and what it got, in h2spec's Expected/Actual form (anchors.md,
/// h2spec "Report"; style.md lesson 11). When the assertion message states both itself
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
        var expected = ExpectedLine().Match(message);
        var actual = ActualLine().Match(message);
        return expected.Success && actual.Success
            ? new FailureEvidence(stepText, expected.Groups["value"].Value.Trim(), actual.Groups["value"].Value.Trim(), message, Redact(error.StackTrace), error.ExceptionType)
            : new FailureEvidence(stepText, stepText ?? "the scenario to complete", message, message, Redact(error.StackTrace), error.ExceptionType);
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

    private static string? Redact(string? text) => text is null ? null : Redactor.Redact(text);

    [GeneratedRegex(@"^\s*Expect(?:ed)?\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedLine();

    [GeneratedRegex(@"^\s*(?:Actual|But was)\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ActualLine();
}
