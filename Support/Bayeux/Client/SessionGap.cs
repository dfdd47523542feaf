namespace Conformance.Bayeux;

/// <summary>
/// A window in which events may have been lost: the server forgot the session (402, <c>reconnect:handshake</c>,
/// a restart) and the client re-handshook and resubscribed (docs/cometd-behaviour.md#session-expiry). Events published between
/// <see cref="LostAfter"/> and <see cref="RestoredAt"/> may never arrive; assertions can see this.
/// </summary>
public sealed record SessionGap
{
    /// <summary>Position in the inbox timeline (shares the counter with <see cref="BayeuxEvent.Order"/>).</summary>
    public required long Order { get; init; }

    /// <summary>The last moment the old session was known to be alive (its last successful reply).</summary>
    public required DateTimeOffset LostAfter { get; init; }

    /// <summary>When the new session had resubscribed everything.</summary>
    public required DateTimeOffset RestoredAt { get; init; }

    public required string Reason { get; init; }

    public string? PreviousClientId { get; init; }

    public string? NewClientId { get; init; }

    /// <summary>The subscriptions that were restored.</summary>
    public required IReadOnlyList<string> Resubscribed { get; init; }

    public override string ToString() =>
        $"session lost between {LostAfter:HH:mm:ss.fff} and {RestoredAt:HH:mm:ss.fff} ({Reason}; resubscribed {string.Join(", ", Resubscribed)})";
}
