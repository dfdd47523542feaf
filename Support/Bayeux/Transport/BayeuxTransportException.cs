namespace Conformance.Bayeux.Transport;

/// <summary>A transport-level failure: no usable response (HTTP 4xx/5xx or nothing at all; docs/cometd-behaviour.md#client-backoff).</summary>
public sealed class BayeuxTransportException : Exception
{
    public BayeuxTransportException()
    {
    }

    public BayeuxTransportException(string message)
        : base(message)
    {
    }

    public BayeuxTransportException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public BayeuxTransportException(string message, int? httpStatus, Exception? inner = null)
        : base(message, inner)
    {
        HttpStatus = httpStatus;
    }

    /// <summary>The HTTP status when the server answered with one other than 200.</summary>
    public int? HttpStatus { get; }
}
