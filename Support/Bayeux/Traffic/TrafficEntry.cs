namespace Conformance.Bayeux;

/// <summary>Which way a traffic entry went.</summary>
public enum TrafficDirection
{
    /// <summary>Messages the client sent.</summary>
    Sent,

    /// <summary>Messages the client received.</summary>
    Received,

    /// <summary>Something the client observed or decided: an HTTP status, a transport failure, a fallback, a dropped duplicate.</summary>
    Note,
}

/// <summary>One line of the traffic snapshot: credentials are already redacted when it is recorded.</summary>
public sealed record TrafficEntry(long Sequence, DateTimeOffset At, TrafficDirection Direction, string Transport, string Text)
{
    public override string ToString()
    {
        var arrow = Direction switch
        {
            TrafficDirection.Sent => ">>>",
            TrafficDirection.Received => "<<<",
            _ => "---",
        };
        return $"#{Sequence} {At:HH:mm:ss.fff} {arrow} [{Transport}] {Text}";
    }
}
