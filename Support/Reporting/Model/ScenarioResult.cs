namespace Conformance.Reporting.Model;

public sealed record ScenarioResult(
    ScenarioInfo Scenario,
    Outcome Outcome,
    DateTimeOffset Start,
    DateTimeOffset Stop,
    IReadOnlyList<StepResult> Steps,
    ErrorInfo? Error,
    string? Reason,
    IReadOnlyList<Attachment> Attachments);
