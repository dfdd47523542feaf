namespace Conformance.Bayeux;

/// <summary>How long to wait, on top of <c>advice.interval</c>, before retrying after a failure (Bayeux spec: "interval advice field"; docs/cometd-behaviour.md#client-backoff).</summary>
public interface IBackOffStrategy
{
    /// <summary>The back-off after one more failure, given the current one (zero after a success).</summary>
    TimeSpan Next(TimeSpan current);
}

/// <summary>
/// Linear back-off with a cap, as the CometD clients do: <c>backoffIncrement</c> 1000 ms per failure,
/// capped at <c>maxBackoff</c> (30 s in the Java client; docs/cometd-behaviour.md#client-backoff).
/// </summary>
public sealed class LinearBackOff(TimeSpan increment, TimeSpan maximum) : IBackOffStrategy
{
    public static readonly TimeSpan DefaultIncrement = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DefaultMaximum = TimeSpan.FromSeconds(30);

    public LinearBackOff()
        : this(DefaultIncrement, DefaultMaximum)
    {
    }

    public TimeSpan Increment { get; } = increment;

    public TimeSpan Maximum { get; } = maximum;

    public TimeSpan Next(TimeSpan current)
    {
        var next = current + Increment;
        return next > Maximum ? Maximum : next;
    }
}
