using System.Reflection;
using Conformance.Gherkin.Results;
using NUnit.Framework;

namespace Conformance.Gherkin.Runtime;

/// <summary>
/// Grades an exception (issue #2, style.md lesson 3): an assertion about the target is Failed; a
/// scenario that cannot apply is NotApplicable; anything else means the harness broke.
/// </summary>
public static class OutcomeClassifier
{
    public static Outcome Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Unwrap(exception) switch
        {
            AssertionException or MultipleAssertException => Outcome.Failed,
            IgnoreException or InconclusiveException or NotApplicableException => Outcome.NotApplicable,
            SuccessException => Outcome.Passed,
            _ => Outcome.Broken,
        };
    }

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
