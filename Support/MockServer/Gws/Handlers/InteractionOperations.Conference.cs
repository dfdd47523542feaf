using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The conference operations that no capability list names (CancelConsult, RemoveParticipantFromConference)
/// and LeaveAndComplete, which only a capability list names. Each summary says what the doc page
/// states and what the mock infers.
/// </summary>
internal sealed partial class InteractionOperations
{
    /// <summary>
    /// CancelConsult (Chat API: CancelConsult, SMS API: CancelConsult): "on success no notification is
    /// published" to the consulting agent; the consultant's pending offer is withdrawn with StatusChange
    /// Revoked (inferred). A consultant who has already accepted cannot be cancelled ("Web Services can't
    /// cancel the consultation"): Error (r) with the unchanged session. Without any consultation of the
    /// agent's own there is nothing to cancel: statusCode 2.
    /// </summary>
    private ApiResult CancelConsult(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        var consultants = interaction.Parties
            .Where(p => !p.IsFinished && p.Visibility == Visibilities.Agents
                && p.Invitation is { Operation: Operations.Consult } invitation && invitation.InviterUserId == party.UserId)
            .ToList();
        if (consultants.Count == 0)
        {
            return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, "No consultation to cancel");
        }

        var pending = consultants.Where(p => p.State == InteractionStates.Invited).ToList();
        if (pending.Count == 0)
        {
            call.Notify.Error(interaction, party, call.ReferenceId);
            return ApiResult.Accepted(call.ReferenceId);
        }

        foreach (var consultant in pending)
        {
            consultant.State = InteractionStates.Revoked;
            call.Notify.StatusChange(interaction, consultant, referenceId: null);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// RemoveParticipantFromConference (Chat API: RemoveParticipantFromConference, a draft page): targetUri
    /// is the <c>uri</c> of an agent among the participants. The page documents the message-log Notice
    /// (visibility Agents) <c>REMOVE_PARTICIPANT_FROM_CONFERENCE{userId}</c>. Inferred around it: the
    /// removed agent gets StatusChange Completed; the remover gets ParticipantsUpdated (r) and the others
    /// ParticipantsUpdated, each followed by MessageLogUpdated with the Notice and the ParticipantLeft.
    /// </summary>
    private ApiResult RemoveParticipantFromConference(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        var target = TargetResolver.FromUriOrPath(_context.Directory, call.Text(Parameters.TargetUri)!);
        if (target?.User is not { } user || interaction.PartyOf(user.Id) is not { State: InteractionStates.Chatting } removed || removed == party)
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError, "targetUri names no other agent of the conference");
        }

        var notice = _context.Log(interaction, MessageLogEntryTypes.Notice, party.AsParticipant(), Visibilities.Agents,
            text: NoticeTexts.RemoveParticipantFromConference + user.Id);
        var left = _context.Log(interaction, MessageLogEntryTypes.ParticipantLeft, removed.AsParticipant(), removed.Visibility);
        removed.State = InteractionStates.Completed;
        call.Notify.StatusChange(interaction, removed, referenceId: null);
        foreach (var other in interaction.ActiveParties.OrderBy(p => p == party ? 0 : 1))
        {
            call.Notify.ParticipantsUpdated(interaction, other, other == party ? call.ReferenceId : null);
            call.Notify.MessageLog(interaction, other, [notice, left]);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// LeaveAndComplete: only the SMS resource sample names it, as a capability. Inferred: Leave, then
    /// Complete, in one step: StatusChange Completed (r) to the agent; the other agents of a conference get
    /// ParticipantsUpdated and MessageLogUpdated with ParticipantLeft; alone, the customer's session ends.
    /// </summary>
    private ApiResult LeaveAndComplete(InteractionCall call)
    {
        var alone = !call.Interaction.IsConference;
        CompleteActingParty(call);
        if (alone)
        {
            EndCustomerSession(call.Interaction);
        }

        return ApiResult.Accepted(call.ReferenceId);
    }
}
