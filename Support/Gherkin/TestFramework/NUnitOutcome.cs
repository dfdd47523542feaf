using System.Runtime.ExceptionServices;
using Conformance.Gherkin.Results;
using Conformance.Gherkin.Runtime;
using NUnit.Framework;

namespace Conformance.Gherkin.TestFramework;

/// <summary>Turns a scenario outcome into the NUnit result: Failed → Failure, Broken → Error, NotApplicable/Skipped → Ignored or Inconclusive.</summary>
internal static class NUnitOutcome
{
    public static void Report(ScenarioOutcome outcome)
    {
        var result = outcome.Result;
        var exception = outcome.Failure?.Exception;
        switch (result.Outcome)
        {
            case Outcome.Passed:
                return;
            case Outcome.Skipped:
                throw new IgnoreException(result.Reason ?? "skipped");
            case Outcome.NotApplicable when exception is IgnoreException or InconclusiveException:
            case Outcome.Failed when exception is AssertionException or MultipleAssertException:
                ExceptionDispatchInfo.Capture(exception).Throw();
                return;
            case Outcome.NotApplicable:
                throw new IgnoreException("Not applicable: " + result.Reason);
            case Outcome.Failed:
                throw new AssertionException(result.Error?.Message ?? "failed");
            default:
                throw new BrokenScenarioException(result.Error ?? new ErrorInfo("broken", null, "unknown"), exception);
        }
    }
}
