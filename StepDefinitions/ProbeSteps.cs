using Reqnroll;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;

namespace Conformance.StepDefinitions;

/// <summary>
/// @informational probes of the docs' contradictions (Features/README.md): they send what a sample
/// shows and attach an "observation" of what the target did, without judging it.
/// </summary>
[Binding]
public sealed class ProbeSteps(OperationDriver operations, ObservationDriver observations, ScenarioAgents agents, ScenarioInteractions interactions)
{
    [When("^agent \"([^\"]+)\" probes \"([^\"]+)\" on the (chat|SMS session) at the path \"([^\"]+)\" with:$")]
    public Task Probe(string role, string operation, string media, string path, DataTable table) =>
        operations.ProbeAsync(role, ScenarioInteractions.Parse(media), path, operation,
            ParameterTable.Build(new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), table.Rows.Select(r => (r[0], r[1])), agents));

    [Then("^the observation records the response and the notifications that followed$")]
    public Task ResponseAndNotifications() => observations.RecordExchangeAsync();

    [Then("^the observation records the (messageType|state) of the first notification for the (chat|SMS session|IM session)$")]
    public Task FirstNotification(string what, string media) => observations.RecordFirstAsync(interactions.Of(media), what);
}
