namespace Conformance.GwsProtocol;

/// <summary>Field names of one message-log entry ("Chat API: Message Types").</summary>
public static class MessageLogFields
{
    public const string Index = "index";
    public const string Type = "type";
    public const string From = "from";
    public const string Text = "text";
    public const string Url = "url";
    public const string NoticeText = "noticeText";
    public const string Visibility = "visibility";
    public const string Timestamp = "timestamp";
    public const string TimestampSeconds = "timestampSeconds";

    /// <summary>
    /// Timestamps follow the newest samples, e.g. 2014-01-02T14:23:18.109-0800 (docs/inferences.md#timestamps): ISO 8601
    /// with milliseconds and a numeric offset without a colon. This pattern matches that form.
    /// </summary>
    public const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$";
}
