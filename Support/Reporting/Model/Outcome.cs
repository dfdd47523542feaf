namespace Conformance.Reporting.Model;

// The result model the reports are built from. The suite fills it from Reqnroll's execution
// events (Support/Harness/Reports); Support/Reporting turns it into Allure, JUnit
// and the conformance report without knowing the runner. Every record is immutable, so listeners
// may keep references after the event.

/// <summary>How a step, scenario or feature ended.</summary>
public enum Outcome
{
    /// <summary>Ran and every expectation held.</summary>
    Passed,

    /// <summary>An expectation about the target did not hold (an assertion exception).</summary>
    Failed,

    /// <summary>The harness itself broke: configuration, connection, a bug in a binding, an undefined or ambiguous step.</summary>
    Broken,

    /// <summary>Not run: a step after a failing one, or a scenario tagged @ignore / @wip.</summary>
    Skipped,

    /// <summary>The scenario cannot apply to this target (e.g. it has no way to create inbound interactions).</summary>
    NotApplicable,
}
