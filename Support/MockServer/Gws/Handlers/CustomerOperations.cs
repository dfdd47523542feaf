using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The customer's side of chat and SMS sessions, driven by the control API (not part of GWS).
/// What agents see of it is the same as of an agent's operation: MessageLogUpdated to every agent in
/// the session, ParticipantsUpdated when the customer leaves.
/// </summary>
internal sealed class CustomerOperations(DomainContext context, Router router)
{
    /// <summary>
    /// A customer starts a session: the log opens with the customer's ParticipantJoined (and a first
    /// Text if given); the chosen agent gets StatusChange Invited, or the session waits in the queue.
    /// </summary>
    public ApiResult Offer(MediaKind media, string? userName, string? queueName, string nickname, string? text, JsonObject? userData)
    {
        var user = userName is null ? null : context.Directory.FindByName(userName);
        var queue = queueName is null ? null : context.Directory.FindQueueByName(queueName);
        if ((userName is null) == (queueName is null))
        {
            return ApiResult.Fail(GwsStatusCodes.ParameterMissing, "Give exactly one of userName and queue");
        }

        if (userName is not null && user is null)
        {
            return ApiResult.NotFound($"User {userName}");
        }

        if (queueName is not null && (queue is null || queue.Channel != media.AgentChannel))
        {
            return ApiResult.NotFound($"{media.Name} queue {queueName}");
        }

        lock (context.State.Gate)
        {
            var interaction = new Interaction
            {
                Id = context.State.NextInteractionId(),
                Media = media,
                ReceivedDate = context.Now,
                Customer = new Participant(nickname, ParticipantTypes.Customer, context.State.NextParticipantId(), Visibilities.All, null),
                UserData = userData ?? [],
                OriginQueue = queue?.Name,
            };
            context.State.Interactions[interaction.Id] = interaction;
            context.Log(interaction, MessageLogEntryTypes.ParticipantJoined, interaction.Customer, Visibilities.All);
            if (text is not null)
            {
                context.Log(interaction, MessageLogEntryTypes.Text, interaction.Customer, Visibilities.All, text);
            }

            var notify = context.NewBatch();
            var offeredTo = user is not null
                ? router.Offer(interaction, user.Id, invitation: null, Visibilities.All, notify).UserId
                : router.RouteOrWait(interaction, queue!, notify);
            context.Publish(notify, gate: null);
            return ApiResult.Ok(new JsonObject
            {
                [MockControlFields.InteractionId] = interaction.Id,
                [MockControlFields.OfferedTo] = offeredTo,
                [MockControlFields.WaitingInQueue] = interaction.WaitingInQueue,
            });
        }
    }

    /// <summary>The customer writes, starts or stops typing: MessageLogUpdated with the entry to every agent in the session.</summary>
    public ApiResult Say(MediaKind media, string id, string type, string? text) =>
        WithInteraction(media, id, (interaction, notify) =>
        {
            if (!interaction.CustomerPresent)
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, "The customer has left");
            }

            var entry = context.Log(interaction, type, interaction.Customer, Visibilities.All, text);
            notify.MessageLogToActiveParties(interaction, entry);
            return ApiResult.Ok(new JsonObject { [MockControlFields.Index] = entry.Index });
        });

    /// <summary>
    /// The customer leaves: agents in the session get ParticipantsUpdated, then MessageLogUpdated with
    /// ParticipantLeft; pending offers become Revoked (docs/inferences.md#offer-invited).
    /// </summary>
    public ApiResult Leave(MediaKind media, string id) =>
        WithInteraction(media, id, (interaction, notify) =>
        {
            if (!interaction.CustomerPresent)
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, "The customer has left");
            }

            var left = context.Log(interaction, MessageLogEntryTypes.ParticipantLeft, interaction.Customer, Visibilities.All);
            interaction.CustomerPresent = false;
            interaction.WaitingInQueue = null;
            foreach (var party in interaction.Parties.Where(p => p.State == InteractionStates.Invited))
            {
                party.State = InteractionStates.Revoked;
                notify.StatusChange(interaction, party, referenceId: null);
            }

            foreach (var party in interaction.ActiveParties)
            {
                notify.ParticipantsUpdated(interaction, party, referenceId: null);
                notify.MessageLog(interaction, party, [left]);
            }

            return ApiResult.Ok();
        });

    /// <summary>What the customer has seen so far, so a test can prove Agents-only entries never reached it.</summary>
    public ApiResult Transcript(MediaKind media, string id)
    {
        lock (context.State.Gate)
        {
            if (!context.State.Interactions.TryGetValue(id, out var interaction) || interaction.Media != media)
            {
                return ApiResult.NotFound($"{media.Name} {id}");
            }

            return ApiResult.Ok(new JsonObject
            {
                [MockControlFields.CustomerPresent] = interaction.CustomerPresent,
                [MockControlFields.WaitingInQueue] = interaction.WaitingInQueue,
                [ResponseFields.Messages] = context.Json.Entries(interaction.CustomerTranscript),
            });
        }
    }

    /// <summary>Arms the backend failure of the next agent operation on the interaction (<see cref="MockControlRoutes.BackendFailure"/>).</summary>
    public ApiResult FailNextOperation(MediaKind media, string id) =>
        WithInteraction(media, id, (interaction, _) =>
        {
            interaction.FailNextOperation = true;
            return ApiResult.Ok();
        });

    private ApiResult WithInteraction(MediaKind media, string id, Func<Interaction, Notifications.NotificationBatch, ApiResult> action)
    {
        lock (context.State.Gate)
        {
            if (!context.State.Interactions.TryGetValue(id, out var interaction) || interaction.Media != media)
            {
                return ApiResult.NotFound($"{media.Name} {id}");
            }

            var notify = context.NewBatch();
            var result = action(interaction, notify);
            context.Publish(notify, gate: null);
            context.Settle(interaction);
            return result;
        }
    }
}
