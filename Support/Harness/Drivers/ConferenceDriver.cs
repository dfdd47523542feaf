using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Notifications;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Brings a second agent into a chat or SMS session by Invite or Consult, and waits for what the doc
/// pages say follows (Chat API: Invite, Chat API: Consult): the target's offer, its Accept and the
/// inviter's ParticipantsUpdated. The Given steps of conference scenarios use it.
/// </summary>
public sealed class ConferenceDriver(OperationDriver operations, ScenarioAgents agents, ScenarioInteractions interactions, NotificationDriver notifications)
{
    /// <summary>Invite or Consult, the target's offer, and nothing more: the consultation is pending.</summary>
    public async Task OfferAsync(string role, string target, MediaKind media, string operation)
    {
        var interaction = interactions.Of(media);
        await operations.OnInteractionAsync(role, media, operation,
            new JsonObject { [Parameters.TargetUri] = agents.Get(target).UserUri }, attempt: false);
        await notifications.ExpectOneAsync(target, interaction, NotificationTypes.StatusChange, InteractionStates.Invited);
        agents.MarkAll();
    }

    /// <summary>
    /// The offer, the target's Accept with its documented sequence, and the inviter's ParticipantsUpdated and
    /// ParticipantJoined entry, so nothing of the set-up is left to arrive during the scenario's own steps.
    /// </summary>
    public async Task BringInAsync(string role, string target, MediaKind media, string operation)
    {
        var interaction = interactions.Of(media);
        await OfferAsync(role, target, media, operation);
        await operations.OnInteractionAsync(target, media, Operations.Accept, new JsonObject { [Parameters.Nickname] = target }, attempt: false);
        await notifications.ExpectSequenceAsync(target, interaction,
        [
            new(interaction.Topic, media.StateChangeMessageType, NotificationTypes.StatusChange, ReferenceExpectation.Request, InteractionStates.Chatting),
            new(interaction.Topic, media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated, ReferenceExpectation.Any, InteractionStates.Chatting),
            new(interaction.Topic, MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages, ReferenceExpectation.Any, null),
        ]);
        await notifications.ExpectSequenceAsync(role, interaction,
        [
            new(interaction.Topic, media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated, ReferenceExpectation.Any, InteractionStates.Chatting),
            new(interaction.Topic, MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages, ReferenceExpectation.Any, null),
        ]);
        agents.MarkAll();
    }
}
