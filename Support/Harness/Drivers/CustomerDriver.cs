using Conformance.GwsProtocol;
using Conformance.Harness.Configuration;
using Conformance.Harness.Contexts;
using Conformance.Harness.Outcomes;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Drivers;

/// <summary>
/// The customer side: makes the target offer a chat or SMS session to an agent. Only the mock can be
/// asked to (its control API); on a target without a way, the scenario is not applicable.
/// </summary>
public sealed class CustomerDriver(TargetRuntime target, ScenarioAgents agents, ScenarioInteractions interactions, NotificationDriver notifications)
{
    public async Task OfferAsync(string customerNickname, MediaKind media, string role)
    {
        if (target.Options.Inbound == InboundMode.None || target.Control is null)
        {
            throw new NotApplicableException(
                $"{target.Describe()} has no way to create inbound interactions (runsettings InboundInteractions=none), and this scenario needs a customer's {ScenarioInteractions.Words(media)}.");
        }

        var agent = agents.Get(role);
        agents.MarkAll();
        var interaction = interactions.Of(media);
        interaction.Id = await target.Control.OfferAsync(media, agent.Account, customerNickname);
        await notifications.ExpectOneAsync(role, interaction, NotificationTypes.StatusChange, InteractionStates.Invited);
        agents.MarkAll();
    }
}
