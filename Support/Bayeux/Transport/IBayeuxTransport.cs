using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>
/// The seam between the client and the wire (as CometD's ClientTransport): long-polling, WebSocket, and the fakes the unit
/// tests use. A transport moves JSON arrays; it knows nothing of sessions, ids or advice.
/// </summary>
public interface IBayeuxTransport : IAsyncDisposable
{
    /// <summary>The <c>connectionType</c> this transport implements (Bayeux spec: "connectionType").</summary>
    string ConnectionType { get; }

    /// <summary>
    /// True when every reply comes back in the response to the request that carried it (long-polling): a reply
    /// missing from that response will never come. False when replies and events arrive on their own (WebSocket).
    /// </summary>
    bool RepliesInResponse { get; }

    /// <summary>False when the transport failed and must be opened again before use.</summary>
    bool IsOpen { get; }

    /// <summary>Makes the transport usable; throws <see cref="BayeuxTransportException"/> when it is not available.</summary>
    Task OpenAsync(ITransportListener listener, CancellationToken cancellationToken);

    /// <summary>
    /// Sends one batch (always a JSON array). For request/response transports the task completes after the
    /// response's messages were handed to the listener. Throws <see cref="BayeuxTransportException"/> on any
    /// transport failure (HTTP status other than 200, timeout, socket error, unparsable body).
    /// </summary>
    Task SendAsync(TransportBatch batch, CancellationToken cancellationToken);
}

/// <summary>One outgoing array: <see cref="IsConnect"/> marks a <c>/meta/connect</c>, which travels alone (docs/cometd-behaviour.md#batching).</summary>
public sealed record TransportBatch(IReadOnlyList<JsonObject> Messages, bool IsConnect, TimeSpan Timeout);

/// <summary>Where a transport hands what it receives.</summary>
public interface ITransportListener
{
    /// <summary>One received array, processed as a whole before the next one (docs/cometd-behaviour.md#ack-extension).</summary>
    void OnMessages(IReadOnlyList<JsonObject> messages, IBayeuxTransport transport);

    /// <summary>The transport broke outside any <see cref="IBayeuxTransport.SendAsync"/> call (a WebSocket closing).</summary>
    void OnFailure(BayeuxTransportException failure, IBayeuxTransport transport);

    /// <summary>Something worth a line in the traffic snapshot (HTTP status, headers already redacted, fallbacks).</summary>
    void OnNote(string text, IBayeuxTransport transport);
}

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
