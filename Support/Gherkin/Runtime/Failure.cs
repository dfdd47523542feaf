using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>Why a scenario stopped: its outcome, the reportable error, and the exception to hand to NUnit (if any).</summary>
internal sealed record Failure(Outcome Outcome, ErrorInfo Error, Exception? Exception)
{
    public static Failure From(Exception exception)
    {
        var actual = OutcomeClassifier.Unwrap(exception);
        return new Failure(OutcomeClassifier.Classify(actual), OutcomeClassifier.ToError(actual), actual);
    }

    /// <summary>A harness problem with no exception of its own (undefined or ambiguous step, load problem).</summary>
    public static Failure Broken(string message, string kind) => new(Outcome.Broken, new ErrorInfo(message, null, kind), null);
}
