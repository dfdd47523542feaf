using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Supervision;

/// <summary>
/// Who sees what once a supervisor takes part (Chat API: Monitor, Coach, Barge In; Switch To Monitor):
/// <c>All</c> reaches everyone, <c>Agents</c> every agent and supervisor, <c>Supervisors</c> only
/// supervisors. The same rule filters participants lists, message-log entries and who is told of a change.
/// </summary>
internal static class SupervisorVisibility
{
    public static bool CanSee(AgentParty viewer, string visibility) =>
        visibility != Visibilities.Supervisors || viewer.SupervisorMode is not null;

    /// <summary>
    /// The visibility of what a party writes: its own (a consultant's Agents, a supervisor's mode).
    /// <see cref="Deviation.CoachMessagesReachCustomer"/> lets a coach's messages reach everyone.
    /// </summary>
    public static string OfSpeaker(AgentParty party, DeviationSwitches deviations) =>
        party.SupervisorMode == SupervisorProtocol.Coach && deviations.IsOn(Deviation.CoachMessagesReachCustomer)
            ? Visibilities.All
            : party.Visibility;

    /// <summary>
    /// Where a party ends when the session completes or is queued: a supervisor's copy, like a pending
    /// invitation, is <c>Revoked</c> (Chat API: Monitor); <see cref="Deviation.SupervisorNotRevoked"/> says Completed.
    /// </summary>
    public static string FinalState(AgentParty party, bool wasInvited, DeviationSwitches deviations) =>
        wasInvited || (party.SupervisorMode is not null && !deviations.IsOn(Deviation.SupervisorNotRevoked))
            ? InteractionStates.Revoked
            : InteractionStates.Completed;
}
