namespace Conformance.Bayeux;

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
