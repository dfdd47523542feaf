using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// Which capabilities an agent's view advertises and which operations it allows (docs/inferences.md#capabilities).
/// SendUrl and the custom notices appear in no documented capability list, yet have operation pages
/// (docs/inferences.md#undocumented-operations), so they are allowed while chatting without being advertised.
/// </summary>
internal static class CapabilityPolicy
{
    private static readonly string[] UnlistedWhileChatting = [Operations.SendUrl, Operations.SendCustomNotice, Operations.CancelConsult];
    private static readonly string[] UnlistedInConference = [Operations.SendCustomNoticeToAgents, Operations.RemoveParticipantFromConference];

    public static IReadOnlyList<string> Advertised(Interaction interaction, AgentParty party) => party.State switch
    {
        InteractionStates.Invited => Capabilities.Invited,
        InteractionStates.Chatting when party.SupervisorMode is { } mode => SupervisorProtocol.ChattingCapabilities(mode),
        InteractionStates.Chatting => interaction.IsConference ? Capabilities.ChattingInConference : Capabilities.Chatting,
        InteractionStates.LeftChat => Capabilities.LeftChat,
        _ => Capabilities.Finished,
    };

    public static bool Allows(Interaction interaction, AgentParty party, string operation)
    {
        if (Advertised(interaction, party).Contains(operation) || Supervision.SupervisorSessions.AllowsSwitch(party, operation))
        {
            return true;
        }

        // LeaveAndComplete has no page: it is allowed wherever Leave is (Leave, then Complete).
        if (operation == Operations.LeaveAndComplete)
        {
            return Advertised(interaction, party).Contains(Operations.Leave);
        }

        return party.State == InteractionStates.Chatting
            && (UnlistedWhileChatting.Contains(operation)
                || (interaction.IsConference && UnlistedInConference.Contains(operation)));
    }

    public static IReadOnlyList<string> Advertised(ImParty party) =>
        party.State == ImSessionStates.Talking ? Capabilities.ImTalking : Capabilities.Finished;
}
