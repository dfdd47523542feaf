using Conformance.Harness.Notifications;

namespace Conformance.Harness.Contexts;

/// <summary>The notifications the last "receives ..." step matched: what "the StatusChange notification" refers to.</summary>
public sealed class MatchedNotifications
{
    public IReadOnlyList<GwsNotification> Last { get; set; } = [];

    /// <summary>The agent whose inbox they came from.</summary>
    public string? Role { get; set; }
}
