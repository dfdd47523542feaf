namespace Conformance.GwsProtocol;

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
