namespace Conformance.Reporting.Model;

public sealed record StepResult(
    StepInfo Step,
    Outcome Outcome,
    DateTimeOffset Start,
    DateTimeOffset Stop,
    ErrorInfo? Error,
    IReadOnlyList<Attachment> Attachments);
