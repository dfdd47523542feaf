using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>An agent's contact-center session and per-channel state ("Agent State Control: Ready", "Channels Resource"; docs/inferences.md#agent-initial-state).</summary>
internal sealed class AgentRuntime(string userId)
{
    public string UserId { get; } = userId;

    public bool SessionActive { get; set; }

    /// <summary>Channels logged in by StartContactCenterSession, each Ready or NotReady.</summary>
    public Dictionary<string, string> ChannelStates { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? InteractionInFocus { get; set; }

    public bool IsReady(string channel) =>
        SessionActive && ChannelStates.TryGetValue(channel, out var state) && state == UserStates.Ready;
}
