namespace Conformance.GwsProtocol;

/// <summary>States of a chat or SMS session as one agent sees it (the samples; docs/inferences.md#offer-invited).</summary>
public static class InteractionStates
{
    public const string Invited = "Invited";
    public const string Chatting = "Chatting";
    public const string LeftChat = "LeftChat";
    public const string Completed = "Completed";
    public const string Revoked = "Revoked";
}
