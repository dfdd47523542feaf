namespace Conformance.GwsProtocol;

/// <summary>Participant <c>type</c> values (the chat and SMS samples).</summary>
public static class ParticipantTypes
{
    public const string Agent = "Agent";
    public const string Customer = "Customer";
}
