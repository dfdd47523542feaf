namespace Conformance.Bayeux;

/// <summary>A point in an inbox's timeline: waits and assertions look only at what arrived after it.</summary>
public readonly record struct InboxMark(long Order, DateTimeOffset At);
