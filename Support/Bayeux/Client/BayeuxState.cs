namespace Conformance.Bayeux;

/// <summary>
/// Where the client is in the session life cycle (Bayeux spec: "Client State Table"; the states of the CometD
/// Java BayeuxClient). <see cref="Connecting"/> also covers retrying after a failed connect.
/// </summary>
public enum BayeuxState
{
    /// <summary>Created, no handshake sent yet.</summary>
    Unconnected,

    /// <summary>A handshake is in flight or being retried (also on a re-handshake after a lost session).</summary>
    Handshaking,

    /// <summary>Handshaken; the first connect (or a retry after a failure) has not been answered yet.</summary>
    Connecting,

    /// <summary>The last <c>/meta/connect</c> was answered successfully; the long poll is running.</summary>
    Connected,

    /// <summary><c>/meta/disconnect</c> sent, waiting for the session to end.</summary>
    Disconnecting,

    /// <summary>Final: disconnected by the caller, or the server advised <c>reconnect:none</c>.</summary>
    Disconnected,
}
