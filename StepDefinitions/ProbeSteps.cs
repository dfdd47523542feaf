using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// @informational probes of the docs' contradictions (Features/README.md): they send what a sample
/// shows and attach an "observation" of what the target did, without judging it.
/// </summary>
[Binding]
public sealed class ProbeSteps(OperationDriver operations, ObservationDriver observations, ScenarioAgents agents, ScenarioInteractions interactions)
{
    [When("agent {string} probes {string} on the {chat-or-sms} at the path {string} with:")]
    public Task Probe(string role, string operation, MediaKind media, string path, DataTable table) =>
        operations.ProbeAsync(role, media, path, operation,
            ParameterTable.Build(new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), table.Rows.Select(r => (r[0], r[1])), agents));

    [Then("the observation records the response and the notifications that followed")]
    public Task ResponseAndNotifications() => observations.RecordExchangeAsync();

    [Then("the observation records the messageType of the first notification for the {media}")]
    public Task FirstMessageType(MediaKind media) => FirstNotification("messageType", media);

    [Then("the observation records the state of the first notification for the {media}")]
    public Task FirstState(MediaKind media) => FirstNotification("state", media);

    private Task FirstNotification(string what, MediaKind media) => observations.RecordFirstAsync(interactions.Of(media), what);
}
