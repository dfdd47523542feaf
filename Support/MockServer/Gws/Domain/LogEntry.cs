namespace Conformance.MockServer.Gws.Domain;

/// <summary>One message-log entry ("Chat API: Message Types"; docs/inferences.md#timestamps).</summary>
internal sealed record LogEntry(
    int Index, string Type, Participant From, string Visibility, DateTimeOffset Timestamp,
    string? Text, string? Url, string? NoticeText);
