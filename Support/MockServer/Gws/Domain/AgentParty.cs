using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>One agent's part in an interaction; each agent sees its own state ("Chat API: Message Types").</summary>
internal sealed class AgentParty
{
    public required string UserId { get; init; }
    public required string ParticipantId { get; init; }
    public required string State { get; set; }

    /// <summary>The nickname the customer sees; set by Accept ("Chat API: Accept").</summary>
    public string Nickname { get; set; } = "";

    /// <summary><c>Agents</c> for a consultant, whom the customer never sees (docs/inferences.md#visibility).</summary>
    public required string Visibility { get; set; }

    /// <summary>Who invited this agent and with which request, so the inviter's answer carries it.</summary>
    public Invitation? Invitation { get; set; }

    public Uri? UserUri { get; init; }

    /// <summary>Monitor, Coach or BargeIn for a supervisor's copy (Chat API: Monitor, Intrude); null for an agent.</summary>
    public string? SupervisorMode { get; set; }

    public bool IsFinished => State is InteractionStates.Completed or InteractionStates.Revoked;

    public Participant AsParticipant() =>
        new(Nickname, ParticipantTypes.Agent, ParticipantId, Visibility, UserId);
}
