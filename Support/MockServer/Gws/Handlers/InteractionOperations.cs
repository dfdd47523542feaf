using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Gws.Notifications;
using Conformance.MockServer.Gws.Supervision;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The chat and SMS agent operations (their "Chat API" and "SMS Session API" pages). Each handler states its notification sequence
/// in its summary and writes it, in that order, into the call's batch. Handlers run under the state
/// lock, after validation; a handler that refuses does so before it changes anything.
/// </summary>
internal sealed partial class InteractionOperations
{
    private readonly DomainContext _context;
    private readonly Router _router;
    private readonly Dictionary<string, Func<InteractionCall, ApiResult>> _handlers;

    public InteractionOperations(DomainContext context, Router router)
    {
        _context = context;
        _router = router;
        _handlers = new(StringComparer.Ordinal)
        {
            [Operations.Accept] = Accept,
            [Operations.Reject] = Reject,
            [Operations.Complete] = Complete,
            [Operations.Leave] = Leave,
            [Operations.Transfer] = Transfer,
            [Operations.Consult] = call => InviteOrConsult(call, Operations.Consult),
            [Operations.Invite] = call => InviteOrConsult(call, Operations.Invite),
            [Operations.SendMessage] = call => AddEntry(call, MessageLogEntryTypes.Text, SpeakerVisibility(call), text: call.Text(Parameters.Text)),
            [Operations.SendStartTypingNotification] = call => AddEntry(call, MessageLogEntryTypes.TypingStarted, SpeakerVisibility(call)),
            [Operations.SendStopTypingNotification] = call => AddEntry(call, MessageLogEntryTypes.TypingStopped, SpeakerVisibility(call)),
            [Operations.SendToAgents] = call => AddEntry(call, MessageLogEntryTypes.Text, AgentsVisibility(), text: call.Text(Parameters.Text)),
            [Operations.SendStartTypingToAgentsNotification] = call => AddEntry(call, MessageLogEntryTypes.TypingStarted, AgentsVisibility()),
            [Operations.SendStopTypingToAgentsNotification] = call => AddEntry(call, MessageLogEntryTypes.TypingStopped, AgentsVisibility()),
            [Operations.SendUrl] = call => AddEntry(call, MessageLogEntryTypes.PushUrl, SpeakerVisibility(call),
                text: call.Text(Parameters.Text), url: call.Text(Parameters.Url)),
            [Operations.SendCustomNotice] = call => AddEntry(call, MessageLogEntryTypes.CustomNotice, SpeakerVisibility(call),
                noticeText: call.Text(Parameters.NoticeText)),
            [Operations.SendCustomNoticeToAgents] = call => AddEntry(call, MessageLogEntryTypes.CustomNotice, AgentsVisibility(),
                noticeText: call.Text(Parameters.NoticeText)),
            [Operations.AttachUserData] = call => ChangeUserData(call, data => Merge(data, call.Body[Parameters.UserData]!.AsObject())),
            [Operations.UpdateUserData] = call => ChangeUserData(call, data => Merge(data, call.Body[Parameters.UserData]!.AsObject())),
            [Operations.DeleteUserData] = call => ChangeUserData(call, data =>
            {
                foreach (var key in call.Body[Parameters.Keys]!.AsArray())
                {
                    data.Remove(key!.GetValue<string>());
                }
            }),
            [Operations.SetDisposition] = call => ChangeUserData(call, data =>
                data[DispositionKey(call)] = call.Text(Parameters.Disposition)),
            [Operations.SetInFocus] = SetInFocus,
            [Operations.CancelConsult] = CancelConsult,
            [Operations.RemoveParticipantFromConference] = RemoveParticipantFromConference,
            [Operations.LeaveAndComplete] = LeaveAndComplete,
        };
    }

    /// <summary>Validates and runs one POST on <c>/api/v2/me/{media}/{id}</c>.</summary>
    public ApiResult Execute(string userId, MediaKind media, string interactionId, JsonObject body, Task? gate)
    {
        if (OperationName.Read(body, out var operation) is { } nameError)
        {
            return nameError;
        }

        lock (_context.State.Gate)
        {
            if (!_context.State.Interactions.TryGetValue(interactionId, out var interaction)
                || interaction.Media != media
                || interaction.PartyOf(userId) is not { } party)
            {
                // Another agent's interaction is as invisible as a missing one (agents are isolated from each other).
                return ApiResult.NotFound($"{media.Name} {interactionId}");
            }

            if (!InteractionCatalogue.For(media).TryGetValue(operation, out var signature)
                && !SupervisorSessions.TryGetSignature(operation, out signature))
            {
                return OperationName.Unknown(operation);
            }

            if (signature.Validate(body) is { } invalid)
            {
                return invalid;
            }

            if (!CapabilityPolicy.Allows(interaction, party, operation) && !_context.Deviations.IsOn(Deviation.IgnoreCapabilities))
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, GwsStatusCodes.InvalidStateMessage);
            }

            var notify = _context.NewBatch();
            var call = new InteractionCall(interaction, party, body, _context.State.NextReferenceId(), notify);
            var supervision = new SupervisorSessions(_context);
            var result = supervision.Intercept(operation, call) ?? (interaction.FailNextOperation ? FailInBackend(call) : _handlers[operation](call));
            supervision.Settle(operation, call, result);
            _context.Publish(notify, gate);
            _context.Settle(interaction);
            return result;
        }
    }

    /// <summary>
    /// Accept ("Chat API: Accept", "SMS Session API: Accept"): to the accepting agent StatusChange Chatting (r) with participants [], then
    /// ParticipantsUpdated, then MessageLogUpdated with the whole history it may see. Agents already in
    /// the session get ParticipantsUpdated (carrying the referenceId of the inviter's Invite or Consult)
    /// and MessageLogUpdated with the ParticipantJoined entry.
    /// </summary>
    private ApiResult Accept(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        party.State = InteractionStates.Chatting;
        party.Nickname = call.Text(Parameters.Nickname)!;
        var joined = _context.Log(interaction, MessageLogEntryTypes.ParticipantJoined, party.AsParticipant(), party.Visibility);

        call.Notify.StatusChange(interaction, party, call.ReferenceId, emptyParticipants: true);
        call.Notify.ParticipantsUpdated(interaction, party, referenceId: null);
        call.Notify.MessageLog(interaction, party, interaction.LogVisibleToAgents());
        foreach (var other in interaction.ActiveParties.Where(p => p != party))
        {
            var inviter = party.Invitation is { } invitation && invitation.InviterUserId == other.UserId ? invitation.ReferenceId : (int?)null;
            call.Notify.ParticipantsUpdated(interaction, other, inviter);
            call.Notify.MessageLog(interaction, other, [joined]);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// Reject ("Chat API: Reject"): StatusChange Completed (r), participants []. An agent who invited or
    /// consulted the rejecting agent gets Error with its own request's referenceId and the unchanged
    /// session; a customer's offer goes back to its queue.
    /// </summary>
    private ApiResult Reject(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        party.State = InteractionStates.Completed;
        call.Notify.StatusChange(interaction, party, call.ReferenceId);

        if (party.Invitation is { Operation: Operations.Invite or Operations.Consult } invitation
            && interaction.PartyOf(invitation.InviterUserId) is { IsFinished: false } inviter)
        {
            call.Notify.Error(interaction, inviter, invitation.ReferenceId);
        }
        else
        {
            interaction.RejectedBy.Add(party.UserId);
            RequeueIfOrphaned(interaction, call.Notify);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// Complete ("Chat API: Complete"): an optional closing Text entry, then StatusChange Completed (r) to the
    /// completing agent and StatusChange Completed to every other agent of the session; invitations
    /// still pending are Revoked. The customer's session ends, or with queueName it is queued again.
    /// </summary>
    private ApiResult Complete(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        var queue = call.Text(Parameters.QueueName) is { } name ? _context.Directory.FindQueueByName(name) : null;
        if (call.Text(Parameters.QueueName) is not null && queue is null)
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError, "Unknown queueName");
        }

        AddClosingText(call);
        foreach (var other in interaction.Parties.Where(p => !p.IsFinished).OrderBy(p => p == party ? 0 : 1))
        {
            var wasInvited = other.State == InteractionStates.Invited;
            if (!wasInvited && other.State == InteractionStates.Chatting)
            {
                _context.Log(interaction, MessageLogEntryTypes.ParticipantLeft, other.AsParticipant(), other.Visibility);
            }

            other.State = SupervisorVisibility.FinalState(other, wasInvited, _context.Deviations);
            call.Notify.StatusChange(interaction, other, other == party ? call.ReferenceId : null);
        }

        if (queue is not null && interaction.CustomerPresent)
        {
            interaction.OriginQueue = queue.Name;
            interaction.RejectedBy.Clear();
            _router.RouteOrWait(interaction, queue, call.Notify);
        }
        else
        {
            EndCustomerSession(interaction);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// Leave ("Chat API: Leave"; docs/inferences.md#leave-in-conference). In a conference: StatusChange Completed (r) to the
    /// leaver; the others get ParticipantsUpdated, then MessageLogUpdated with ParticipantLeft (visible
    /// as the leaver was). Alone: StatusChange LeftChat (r), then MessageLogUpdated with ParticipantLeft;
    /// the customer's session ends and the agent stays to wrap up.
    /// </summary>
    private ApiResult Leave(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        AddClosingText(call);
        if (interaction.IsConference || party.State == InteractionStates.LeftChat)
        {
            CompleteActingParty(call);
        }
        else
        {
            var left = _context.Log(interaction, MessageLogEntryTypes.ParticipantLeft, party.AsParticipant(), party.Visibility);
            party.State = InteractionStates.LeftChat;
            EndCustomerSession(interaction);
            call.Notify.StatusChange(interaction, party, call.ReferenceId);
            call.Notify.MessageLog(interaction, party, [left]);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// Transfer ("Chat API: Transfer"; docs/inferences.md#transfer-notifications; no notification documented): StatusChange Completed (r)
    /// to the sender, the remaining agents get ParticipantsUpdated and MessageLogUpdated with
    /// ParticipantLeft, and the target agent (or a ready agent of the target queue) gets StatusChange
    /// Invited; a queue without a ready agent keeps the session waiting. A target agent who cannot take
    /// it (not ready): Error (r) to the sender, nothing changed.
    /// </summary>
    private ApiResult Transfer(InteractionCall call)
    {
        var interaction = call.Interaction;
        var target = call.Text(Parameters.TargetUri) is { } uri
            ? TargetResolver.FromUriOrPath(_context.Directory, uri)
            : TargetResolver.FromQueueName(_context.Directory, call.Text(Parameters.QueueName)!);
        if (RefuseOrChoose(call, target, queueMayWait: true, out var agent) is { } answered)
        {
            return answered;
        }

        AddClosingText(call);
        if (!_context.Deviations.IsOn(Deviation.TransferKeepsSender))
        {
            CompleteActingParty(call);
        }

        if (target!.Queue is { } queue)
        {
            interaction.OriginQueue = queue.Name;
            if (agent is null)
            {
                // Like Complete with queueName: the session waits in the queue for a ready agent.
                interaction.WaitingInQueue = queue.Name;
                return ApiResult.Accepted(call.ReferenceId);
            }
        }

        return Offer(call, agent!, Operations.Transfer, Visibilities.All);
    }

    /// <summary>
    /// Invite and Consult ("Chat API: Invite", "SMS Session API: Invite", "Chat API: Consult"). When the target can take it, it gets StatusChange Invited
    /// (a consultant with visibility Agents); the inviter's ParticipantsUpdated (r) and the
    /// MessageLogUpdated with ParticipantJoined follow once the target accepts (see Accept), and an
    /// Error (r) if it rejects. A target that cannot take it (not ready, no ready queue agent) gives the
    /// inviter Error (r) with the unchanged session at once. Inviting a consultant already chatting
    /// brings it into the conference: ParticipantsUpdated (r) to the inviter and to the others, then
    /// MessageLogUpdated with ParticipantJoined visible to all.
    /// </summary>
    private ApiResult InviteOrConsult(InteractionCall call, string operation)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        var reference = call.Text(Parameters.TargetUri) ?? call.Text(Parameters.TargetPath)!;
        var target = TargetResolver.FromUriOrPath(_context.Directory, reference);
        if (operation == Operations.Invite && target?.User is { } user
            && interaction.PartyOf(user.Id) is { State: InteractionStates.Chatting, Visibility: Visibilities.Agents } consultant)
        {
            consultant.Visibility = Visibilities.All;
            var joined = _context.Log(interaction, MessageLogEntryTypes.ParticipantJoined, consultant.AsParticipant(), Visibilities.All);
            foreach (var other in interaction.ActiveParties.OrderBy(p => p == party ? 0 : 1))
            {
                call.Notify.ParticipantsUpdated(interaction, other, other == party ? call.ReferenceId : null);
                call.Notify.MessageLog(interaction, other, [joined]);
            }

            return ApiResult.Accepted(call.ReferenceId);
        }

        if (RefuseOrChoose(call, target, queueMayWait: false, out var agent) is { } answered)
        {
            return answered;
        }

        return Offer(call, agent!, operation, operation == Operations.Consult ? Visibilities.Agents : Visibilities.All);
    }

    /// <summary>
    /// SendMessage, the typing notifications, SendToAgents, SendUrl and the custom notices (their "Chat API" pages):
    /// MessageLogUpdated with the one new entry to every agent of the session; the customer sees it
    /// only when its visibility is All. No state change, so no state-change message.
    /// </summary>
    private ApiResult AddEntry(InteractionCall call, string type, string visibility, string? text = null,
        string? url = null, string? noticeText = null)
    {
        var entry = _context.Log(call.Interaction, type, call.Party.AsParticipant(), visibility, text, url, noticeText);
        call.Notify.MessageLogToActiveParties(call.Interaction, entry);
        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// AttachUserData, UpdateUserData, DeleteUserData, SetDisposition ("Chat API: AttachUserData" and siblings): PropertiesUpdated (r)
    /// with the whole userData to the acting agent, then PropertiesUpdated to the other agents.
    /// </summary>
    private static ApiResult ChangeUserData(InteractionCall call, Action<JsonObject> change)
    {
        change(call.Interaction.UserData);
        call.Notify.PropertiesUpdated(call.Interaction, call.Party, call.ReferenceId);
        foreach (var other in call.Interaction.ActiveParties.Where(p => p != call.Party))
        {
            call.Notify.PropertiesUpdated(call.Interaction, other, referenceId: null);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>SetInFocus: no page documents it (docs/inferences.md#undocumented-operations); it answers {"statusCode":0} and notifies nothing.</summary>
    private ApiResult SetInFocus(InteractionCall call)
    {
        _context.State.Agent(call.Party.UserId).InteractionInFocus = call.Interaction.Id;
        return ApiResult.Ok();
    }

    /// <summary>A consultant's own messages reach agents only (docs/inferences.md#visibility); a supervisor's follow its mode.</summary>
    private string SpeakerVisibility(InteractionCall call) => SupervisorVisibility.OfSpeaker(call.Party, _context.Deviations);

    /// <summary>
    /// The steps Transfer, Invite and Consult share. A target the session cannot go to (unknown, a queue
    /// of another medium, someone already in it) is refused synchronously (statusCode 10). Otherwise the
    /// agent to offer it to is chosen: the named agent if ready, else a ready agent of the queue. With
    /// nobody to take it the operation is accepted and fails with Error (r) to the actor, nothing changed;
    /// only a Transfer to a queue (<paramref name="queueMayWait"/>) may instead leave the session waiting
    /// there, <paramref name="agent"/> then null. Null when the caller goes on.
    /// </summary>
    private ApiResult? RefuseOrChoose(InteractionCall call, Target? target, bool queueMayWait, out string? agent)
    {
        agent = null;
        if (Refuse(call, target) is { } refused)
        {
            return refused;
        }

        agent = ChooseAgent(target!, call.Interaction);
        if (agent is null && (target!.User is not null || !queueMayWait))
        {
            call.Notify.Error(call.Interaction, call.Party, call.ReferenceId);
            return ApiResult.Accepted(call.ReferenceId);
        }

        return null;
    }

    /// <summary>Offers the session to the chosen agent on behalf of the actor; its answer comes with Accept or Reject.</summary>
    private ApiResult Offer(InteractionCall call, string agent, string operation, string visibility)
    {
        _router.Offer(call.Interaction, agent, new Invitation(call.Party.UserId, call.ReferenceId, operation), visibility, call.Notify);
        return ApiResult.Accepted(call.ReferenceId);
    }

    private static ApiResult? Refuse(InteractionCall call, Target? target)
    {
        if (target is null)
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError, "Unknown target");
        }

        if (target.Queue is { } queue && queue.Channel != call.Interaction.Media.AgentChannel)
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Queue {queue.Name} does not route {call.Interaction.Media.Name}");
        }

        if (target.User is { } user && call.Interaction.PartyOf(user.Id) is { IsFinished: false })
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError, "The target already takes part in this session");
        }

        return null;
    }

    private string? ChooseAgent(Target target, Interaction interaction) =>
        target.User is { } user
            ? (_context.State.Agent(user.Id).IsReady(interaction.Media.AgentChannel) ? user.Id : null)
            : _router.PickAgent(target.Queue!, interaction);

    private void AddClosingText(InteractionCall call)
    {
        if (call.Text(Parameters.Text) is { } text && call.Party.State == InteractionStates.Chatting)
        {
            var entry = _context.Log(call.Interaction, MessageLogEntryTypes.Text, call.Party.AsParticipant(), SpeakerVisibility(call), text);
            call.Notify.MessageLogToActiveParties(call.Interaction, entry);
        }
    }

    /// <summary>
    /// The acting agent's part ends: its ParticipantLeft when it was chatting, StatusChange Completed (r),
    /// and for the agents who stay ParticipantsUpdated then MessageLogUpdated with the ParticipantLeft.
    /// </summary>
    private void CompleteActingParty(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        var left = party.State == InteractionStates.Chatting
            ? _context.Log(interaction, MessageLogEntryTypes.ParticipantLeft, party.AsParticipant(), party.Visibility)
            : null;
        party.State = InteractionStates.Completed;
        call.Notify.StatusChange(interaction, party, call.ReferenceId);
        NotifyOthersOfDeparture(call, left);
    }

    private static void NotifyOthersOfDeparture(InteractionCall call, LogEntry? left)
    {
        foreach (var other in call.Interaction.ActiveParties.Where(p => p != call.Party))
        {
            call.Notify.ParticipantsUpdated(call.Interaction, other, referenceId: null);
            if (left is not null)
            {
                call.Notify.MessageLog(call.Interaction, other, [left]);
            }
        }
    }

    private void RequeueIfOrphaned(Interaction interaction, NotificationBatch notify)
    {
        if (!interaction.HasOpenParty && interaction.CustomerPresent
            && interaction.OriginQueue is { } name && _context.Directory.FindQueueByName(name) is { } queue)
        {
            _router.RouteOrWait(interaction, queue, notify);
        }
    }

    private static void EndCustomerSession(Interaction interaction)
    {
        interaction.CustomerPresent = false;
        interaction.WaitingInQueue = null;
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            target[key] = value?.DeepClone();
        }
    }
}
