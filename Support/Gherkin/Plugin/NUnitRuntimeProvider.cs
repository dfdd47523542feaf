using NUnit.Framework;
using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace Conformance.Gherkin.Plugin;

/// <summary>Reqnroll's unit-test provider "nunit": pending and undefined steps are Inconclusive, skipped scenarios Ignored.</summary>
public sealed class NUnitRuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => TestInconclusive(message);

    public void TestInconclusive(string message) => Assert.Inconclusive(message);

    public void TestIgnore(string message) => Assert.Ignore(message);

    /// <summary>Assert.Ignore / Assert.Inconclusive (and exceptions derived from them) mean the scenario did not apply.</summary>
    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => exception switch
    {
        InconclusiveException or IgnoreException => ScenarioExecutionStatus.Skipped,
        _ => null,
    };
}
