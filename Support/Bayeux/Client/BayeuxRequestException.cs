namespace Conformance.Bayeux;

/// <summary>The server answered a request with <c>successful:false</c>.</summary>
public sealed class BayeuxRequestException : Exception
{
    public BayeuxRequestException()
    {
    }

    public BayeuxRequestException(string message)
        : base(message)
    {
    }

    public BayeuxRequestException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public BayeuxRequestException(string message, BayeuxReply? reply, Exception? inner = null)
        : base(message, inner)
    {
        Reply = reply;
    }

    /// <summary>The failed reply, when there was one (null after transport failures).</summary>
    public BayeuxReply? Reply { get; }
}
