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
