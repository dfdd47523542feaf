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

/// <summary>States of an IM session ("IM Session Resource").</summary>
public static class ImSessionStates
{
    public const string Initiating = "Initiating";
    public const string Alerting = "Alerting";
    public const string Talking = "Talking";
    public const string Completed = "Completed";
}

/// <summary>Agent state on a media channel ("Channels Resource"; docs/inferences.md#agent-initial-state).</summary>
public static class UserStates
{
    public const string Ready = "Ready";
    public const string NotReady = "NotReady";
    public const string ReadyDisplayName = "Ready";
    public const string NotReadyDisplayName = "Not Ready";

    /// <summary>State ids as the "Channels Resource" sample prints them (docs/inferences.md#agent-initial-state).</summary>
    public const string ReadyId = "9430250E-0A1B-421F-B372-F29E69366DED";
    public const string NotReadyId = "900D55CC-2BB0-431F-8BF9-D3525B383BE6";

    public const string DndOff = "Off";
}
