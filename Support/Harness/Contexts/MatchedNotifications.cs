using Conformance.Harness.Notifications;

namespace Conformance.Harness.Contexts;

/// <summary>The notifications the last "receives ..." step matched: what "the StatusChange notification" refers to.</summary>
public sealed class MatchedNotifications
{
    public IReadOnlyList<GwsNotification> Last { get; set; } = [];

    /// <summary>The agent whose inbox they came from.</summary>
    public string? Role { get; set; }

    /// <summary>The highest message-log index that agent had seen before these, so new entries must continue above it.</summary>
    public long LogIndexBefore { get; set; }
}
