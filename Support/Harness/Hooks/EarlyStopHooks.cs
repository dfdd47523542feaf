using System.Globalization;
using Conformance.Harness.Reports;
using Conformance.Reporting.Model;
using NUnit.Framework;
using Reqnroll;
using Reqnroll.BoDi;

namespace Conformance.Harness.Hooks;

/// <summary>
/// The kill matrix's early stop (Support/KillMatrix/README.md): with the run parameter
/// <see cref="Parameter"/> set to N above 0, once N scenarios have failed every scenario that starts
/// afterwards is skipped (graded Not applicable with <see cref="Reason"/>); scenarios already running
/// finish. A deviation is proven caught by its first failure, so the rest of its run proves nothing more.
/// Off (0) unless the parameter is given: a conformance run always runs everything.
/// </summary>
[Binding]
public sealed class EarlyStopHooks
{
    public const string Parameter = "StopAfterFailures";
    public const string Reason = "not run: the run stops after its first failures (StopAfterFailures, the kill matrix's early stop)";

    [BeforeTestRun]
    public static void Register(IObjectContainer container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var text = TestContext.Parameters.Get(Parameter);
        var limit = 0;
        if (!string.IsNullOrEmpty(text) && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
        {
            throw new FormatException($"The run parameter {Parameter} takes a whole number (0 = off), not \"{text}\"");
        }

        container.RegisterInstanceAs(new FailureCount(limit));
    }

    /// <summary>Right after the target check: nothing of a skipped scenario touches the target.</summary>
    [BeforeScenario(Order = int.MinValue + 1)]
    public static void SkipOnceStopped(FailureCount failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Reached)
        {
            Assert.Ignore(Reason);
        }
    }

    [AfterScenario]
    public static void Count(FailureCount failures, ScenarioContext scenario)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.TestError is { } error && OutcomeClassifier.Classify(error) == Outcome.Failed)
        {
            failures.Add();
        }
    }

    /// <summary>The failures of the run so far, shared by every scenario of the run.</summary>
    public sealed class FailureCount(int limit)
    {
        private int _count;

        public bool Reached => limit > 0 && Volatile.Read(ref _count) >= limit;

        public void Add() => Interlocked.Increment(ref _count);
    }
}
