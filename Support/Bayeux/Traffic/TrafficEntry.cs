namespace Conformance.Bayeux;

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
