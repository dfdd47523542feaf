namespace Conformance.Harness.Contexts;

/// <summary>The scenario's attempt at the notifications handshake without credentials: what "the handshake is refused" judges.</summary>
public sealed class HandshakeAttempt
{
    /// <summary>Null until a When step made the attempt.</summary>
    public bool? Connected { get; set; }

    /// <summary>How it ended: the failure the client saw, or that it connected.</summary>
    public string Outcome { get; set; } = "";
}
