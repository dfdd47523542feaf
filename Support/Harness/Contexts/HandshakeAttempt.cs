namespace Conformance.Harness.Contexts;

/// <summary>The scenario's attempt at the notifications handshake without credentials: what "the handshake is refused" judges.</summary>
public sealed class HandshakeAttempt
{
    /// <summary>Whether the server accepted the handshake (a successful reply with a clientId); null until a When step made the attempt.</summary>
    public bool? Accepted { get; set; }

    /// <summary>The server's answer: the HTTP exchange's summary.</summary>
    public string Outcome { get; set; } = "";
}
