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

/// <summary>A file or text produced while a step or scenario ran (HTTP exchange, captured notifications, schema errors).</summary>
public sealed record Attachment(string Name, string MediaType, string Content);

/// <summary>A failure: the message reaches the NUnit result unchanged.</summary>
public sealed record ErrorInfo(string Message, string? StackTrace, string ExceptionType);

public sealed record RunInfo(DateTimeOffset Start, string FeaturesRoot);

public sealed record FeatureInfo(
    string Name,
    string Description,
    string RelativePath,
    IReadOnlyList<string> Tags);

public sealed record ScenarioInfo(
    FeatureInfo Feature,
    string Name,
    string TestName,
    int Line,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> ExampleValues);

public sealed record StepInfo(
    ScenarioInfo Scenario,
    string Keyword,
    string Text,
    int Line,
    int Index,
    IReadOnlyList<IReadOnlyList<string>>? Table,
    string? DocString);

public sealed record StepResult(
    StepInfo Step,
    Outcome Outcome,
    DateTimeOffset Start,
    DateTimeOffset Stop,
    ErrorInfo? Error,
    IReadOnlyList<Attachment> Attachments);

public sealed record ScenarioResult(
    ScenarioInfo Scenario,
    Outcome Outcome,
    DateTimeOffset Start,
    DateTimeOffset Stop,
    IReadOnlyList<StepResult> Steps,
    ErrorInfo? Error,
    string? Reason,
    IReadOnlyList<Attachment> Attachments);

public sealed record FeatureResult(FeatureInfo Feature, DateTimeOffset Start, DateTimeOffset Stop, IReadOnlyList<ScenarioResult> Scenarios);

public sealed record RunResult(RunInfo Run, DateTimeOffset Stop, IReadOnlyList<FeatureResult> Features);

/// <summary>
/// A reporter. Implementations must be thread-safe: scenarios run in parallel, so Scenario* and
/// Step* callbacks arrive concurrently for different scenarios (in order within one scenario).
/// </summary>
public interface IRunListener
{
    void RunStarted(RunInfo run) { }
    void FeatureStarted(FeatureInfo feature) { }
    void ScenarioStarted(ScenarioInfo scenario) { }
    void StepStarted(StepInfo step) { }
    void StepFinished(StepResult result) { }
    void ScenarioFinished(ScenarioResult result) { }
    void FeatureFinished(FeatureResult result) { }
    void RunFinished(RunResult result) { }
}
