namespace Conformance.Bayeux;

/// <summary>How long to wait, on top of <c>advice.interval</c>, before retrying after a failure (Bayeux spec: "interval advice field"; docs/cometd-behaviour.md#client-backoff).</summary>
public interface IBackOffStrategy
{
    /// <summary>The back-off after one more failure, given the current one (zero after a success).</summary>
    TimeSpan Next(TimeSpan current);
}
