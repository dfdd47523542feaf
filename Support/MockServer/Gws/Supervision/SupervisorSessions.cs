using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Gws.Handlers;
using Conformance.MockServer.Gws.Notifications;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Supervision;

/// <summary>
/// A supervisor's copy of a chat or SMS session: how it joins (a monitored agent accepts, or the
/// supervisor accepts an Intrude), leaves, switches mode, and is revoked when no agent is left
/// (Chat API: Monitor, Coach, Barge In, Intrude, Switch To Monitor). Runs under the state lock, inside
/// the agent operations of <see cref="InteractionOperations"/>; holds no state of its own.
/// </summary>
internal sealed class SupervisorSessions(DomainContext context)
{
    /// <summary>The Switch operations take no parameter (Chat API: Switch To Monitor; SMS Session API: Switch to Coach).</summary>
    public static bool TryGetSignature(string operation, out Signature signature)
    {
        signature = Signature.None;
        return SupervisorProtocol.ModeOfSwitch(operation) is not null;
    }

    /// <summary>A supervisor chatting may switch to either mode it is not in (SwitchToBargeIn is advertised as SwitchBargeIn).</summary>
    public static bool AllowsSwitch(AgentParty party, string operation) =>
        party.State == InteractionStates.Chatting && party.SupervisorMode is { } mode
        && SupervisorProtocol.ModeOfSwitch(operation) is { } target && target != mode;

    /// <summary>The operations a supervisor's copy performs its own way; null lets the agent handler run.</summary>
    public ApiResult? Intercept(string operation, InteractionCall call)
    {
        if (call.Party.SupervisorMode is null)
        {
            return null;
        }

        if (SupervisorProtocol.ModeOfSwitch(operation) is { } mode)
        {
            return Switch(call, mode);
        }

        return operation switch
        {
            Operations.Accept => Accept(call),
            Operations.Leave => Leave(call),
            _ => null,
        };
    }

    /// <summary>
    /// After every operation: an agent who has just accepted brings in the supervisors monitoring it;
    /// supervisors left with no agent chatting are revoked (the session was completed, left or queued).
    /// </summary>
    public void Settle(string operation, InteractionCall call, ApiResult result)
    {
        if (result.IsOk && operation == Operations.Accept && call.Party.SupervisorMode is null
            && call.Party.State == InteractionStates.Chatting)
        {
            JoinMonitoringSupervisors(call.Interaction, call.Party.UserId, call.Notify);
        }

        RevokeWithoutAgents(call.Interaction, call.Notify);
    }

    /// <summary>
    /// Joining: to the supervisor StatusChange Chatting (with the request's referenceId after an Intrude),
    /// ParticipantsUpdated and MessageLogUpdated with the history, as an agent's Accept; to each party that
    /// may see the supervisor, ParticipantsUpdated and MessageLogUpdated with ParticipantJoined.
    /// </summary>
    public void Join(Interaction interaction, AgentParty party, string nickname, int? referenceId, NotificationBatch notify)
    {
        party.State = InteractionStates.Chatting;
        party.Nickname = nickname;
        var joined = context.Log(interaction, MessageLogEntryTypes.ParticipantJoined, party.AsParticipant(), party.Visibility);
        if (context.Deviations.IsOn(Deviation.SupervisorVisibleToCustomer) && !interaction.CustomerTranscript.Contains(joined))
        {
            interaction.CustomerTranscript.Add(joined);
        }

        notify.StatusChange(interaction, party, referenceId, emptyParticipants: true);
        notify.ParticipantsUpdated(interaction, party, referenceId: null);
        notify.MessageLog(interaction, party, interaction.LogVisibleToAgents());
        TellOthers(interaction, party, party.Visibility, joined, notify);
    }

    /// <summary>Intrude's invitation accepted: the supervisor joins in the mode Intrude named.</summary>
    private ApiResult Accept(InteractionCall call)
    {
        Join(call.Interaction, call.Party, call.Text(Parameters.Nickname)!, call.ReferenceId, call.Notify);
        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// A supervisor leaves (Chat API: Cancel Supervisor Monitoring: "use Leave"): StatusChange Completed (r);
    /// the session goes on, and the parties that saw the supervisor get ParticipantsUpdated and ParticipantLeft.
    /// </summary>
    private ApiResult Leave(InteractionCall call)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        if (call.Text(Parameters.Text) is { } text)
        {
            var said = context.Log(interaction, MessageLogEntryTypes.Text, party.AsParticipant(), SupervisorVisibility.OfSpeaker(party, context.Deviations), text);
            call.Notify.MessageLogToActiveParties(interaction, said);
        }

        var left = context.Log(interaction, MessageLogEntryTypes.ParticipantLeft, party.AsParticipant(), party.Visibility);
        party.State = InteractionStates.Completed;
        call.Notify.StatusChange(interaction, party, call.ReferenceId);
        TellOthers(interaction, party, party.Visibility, left, call.Notify);
        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>
    /// SwitchToMonitor, SwitchToCoach, SwitchToBargeIn: to the supervisor ParticipantsUpdated (r) and
    /// MessageLogUpdated with a ParticipantJoined entry in the new visibility (Chat API: Switch To Monitor:
    /// "with supervisor's actual visibility mode"); the same to every party that saw the supervisor
    /// before or sees it now.
    /// </summary>
    private ApiResult Switch(InteractionCall call, string mode)
    {
        var (interaction, party) = (call.Interaction, call.Party);
        var before = party.Visibility;
        party.SupervisorMode = mode;
        party.Visibility = SupervisorProtocol.VisibilityOf(mode);
        var entry = context.Log(interaction, MessageLogEntryTypes.ParticipantJoined, party.AsParticipant(), party.Visibility);
        call.Notify.ParticipantsUpdated(interaction, party, call.ReferenceId);
        call.Notify.MessageLog(interaction, party, [entry]);
        TellOthers(interaction, party, before, entry, call.Notify);
        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>Each supervisor monitoring <paramref name="agentId"/> on this medium joins (Chat API: Monitor); NextChat only once.</summary>
    private void JoinMonitoringSupervisors(Interaction interaction, string agentId, NotificationBatch notify)
    {
        foreach (var monitoring in context.State.Monitoring.Of(agentId, interaction.Media))
        {
            if (interaction.PartyOf(monitoring.SupervisorId) is { IsFinished: false })
            {
                continue;
            }

            if (monitoring.Scope == SupervisorProtocol.NextChat)
            {
                context.State.Monitoring.Remove(monitoring);
            }

            var party = new AgentParty
            {
                UserId = monitoring.SupervisorId,
                ParticipantId = context.State.NextParticipantId(),
                State = InteractionStates.Invited,
                Visibility = SupervisorProtocol.VisibilityOf(monitoring.Mode),
                SupervisorMode = monitoring.Mode,
            };
            interaction.Parties.Add(party);
            Join(interaction, party, monitoring.Nickname, referenceId: null, notify);
        }
    }

    /// <summary>With no agent chatting any more, every supervisor's copy is revoked: StatusChange Revoked (Chat API: Monitor).</summary>
    private void RevokeWithoutAgents(Interaction interaction, NotificationBatch notify)
    {
        if (interaction.ChattingParties.Any(p => p.SupervisorMode is null))
        {
            return;
        }

        foreach (var supervisor in interaction.Parties.Where(p => p.SupervisorMode is not null && !p.IsFinished))
        {
            supervisor.State = SupervisorVisibility.FinalState(supervisor, supervisor.State == InteractionStates.Invited, context.Deviations);
            notify.StatusChange(interaction, supervisor, referenceId: null);
        }
    }

    /// <summary>ParticipantsUpdated and the entry to every other party that sees (or saw) the supervisor.</summary>
    private static void TellOthers(Interaction interaction, AgentParty party, string otherVisibility, LogEntry entry, NotificationBatch notify)
    {
        foreach (var other in interaction.ActiveParties.Where(p => p != party))
        {
            if (SupervisorVisibility.CanSee(other, party.Visibility) || SupervisorVisibility.CanSee(other, otherVisibility))
            {
                notify.ParticipantsUpdated(interaction, other, referenceId: null);
                notify.MessageLog(interaction, other, [entry]);
            }
        }
    }
}
