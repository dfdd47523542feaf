using System.Reflection;
using Conformance.Harness.Outcomes;
using Conformance.Reporting.Model;
using NUnit.Framework;

namespace Conformance.Harness.Reports;

/// <summary>
/// Grades an exception: an assertion about the target is Failed; a scenario that cannot apply is
/// NotApplicable; anything else (configuration, connection, a bug in a binding) means the harness broke.
/// </summary>
public static class OutcomeClassifier
{
    public static Outcome Classify(Exception exception) => Unwrap(exception) switch
    {
        AssertionException or MultipleAssertException => Outcome.Failed,
        NotApplicableException or IgnoreException or InconclusiveException => Outcome.NotApplicable,
        SuccessException => Outcome.Passed,
        _ => Outcome.Broken,
    };

    /// <summary>Strips reflection and single-task wrappers, so the step's own exception is graded and reported.</summary>
    public static Exception Unwrap(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        while (true)
        {
            switch (exception)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    continue;
                case AggregateException aggregate when aggregate.InnerExceptions.Count == 1:
                    exception = aggregate.InnerExceptions[0];
                    continue;
                default:
                    return exception;
            }
        }
    }

    public static ErrorInfo ToError(Exception exception)
    {
        var actual = Unwrap(exception);
        return new ErrorInfo(actual.Message, actual.StackTrace, actual.GetType().FullName ?? actual.GetType().Name);
    }
}
