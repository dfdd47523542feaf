using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Notifications;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// Offers interactions to agents: directly, or through a queue to the ready agent with the fewest open
/// interactions (routing reaches only a Ready agent). An unsolicited offer is a StatusChange to
/// Invited with Accept and Reject, no referenceId and no message log (docs/inferences.md#offer-invited).
/// </summary>
internal sealed class Router(DomainContext context)
{
    public AgentParty Offer(Interaction interaction, string userId, Invitation? invitation, string visibility,
        NotificationBatch notify)
    {
        var party = new AgentParty
        {
            UserId = userId,
            ParticipantId = context.State.NextParticipantId(),
            State = InteractionStates.Invited,
            Visibility = visibility,
            Invitation = invitation,
        };
        interaction.Parties.Add(party);
        interaction.WaitingInQueue = null;
        notify.StatusChange(interaction, party, referenceId: null);
        return party;
    }

    /// <summary>The ready agent of <paramref name="queue"/> who should get <paramref name="interaction"/>, if any.</summary>
    public string? PickAgent(DirectoryQueue queue, Interaction interaction)
    {
        var candidates = queue.Agents
            .Select(name => context.Directory.FindByName(name)!)
            .Where(user => context.State.Agent(user.Id).IsReady(interaction.Media.AgentChannel))
            .Where(user => interaction.PartyOf(user.Id) is null or { IsFinished: true })
            .Where(user => !interaction.RejectedBy.Contains(user.Id))
            .ToList();
        return candidates
            .OrderBy(user => context.State.Interactions.Values.Count(i => i.PartyOf(user.Id) is { IsFinished: false }))
            .Select(user => user.Id)
            .FirstOrDefault();
    }

    /// <summary>Offers a customer's interaction from a queue, or leaves it waiting there.</summary>
    public string? RouteOrWait(Interaction interaction, DirectoryQueue queue, NotificationBatch notify)
    {
        var agent = PickAgent(queue, interaction);
        if (agent is null)
        {
            interaction.WaitingInQueue = queue.Name;
            return null;
        }

        Offer(interaction, agent, invitation: null, Visibilities.All, notify);
        return agent;
    }

    /// <summary>An agent became ready: route whatever waits in the queues, oldest first.</summary>
    public void OfferWaiting(NotificationBatch notify)
    {
        var waiting = context.State.Interactions.Values
            .Where(i => i.WaitingInQueue is not null)
            .OrderBy(i => i.ReceivedDate)
            .ToList();
        foreach (var interaction in waiting)
        {
            var queue = context.Directory.FindQueueByName(interaction.WaitingInQueue!)!;
            RouteOrWait(interaction, queue, notify);
        }
    }
}
