using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Targets;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// Any chat or SMS operation by its operationName, as its doc page names it ("Chat API: SendToAgents"):
/// "performs" must be answered statusCode 0, "attempts to perform" records the answer. The parameter
/// table is the one of Features/README.md ("(absent)", "uri of agent "Bob"").
/// </summary>
[Binding]
public sealed class OperationSteps(OperationDriver operations, ConferenceDriver conference, ScenarioAgents agents, TargetRuntime target)
{
    [When("agent {string} performs {string} on the {chat-or-sms}")]
    public Task Perform(string role, string operation, MediaKind media) =>
        operations.OnInteractionAsync(role, media, operation, [], attempt: false);

    [When("agent {string} performs {string} on the {chat-or-sms} with:")]
    public Task PerformWith(string role, string operation, MediaKind media, DataTable table) =>
        operations.OnInteractionAsync(role, media, operation, Body(table, media), attempt: false);

    [When("agent {string} attempts to perform {string} on the {chat-or-sms}")]
    public Task Attempt(string role, string operation, MediaKind media) =>
        operations.OnInteractionAsync(role, media, operation, [], attempt: true);

    [When("agent {string} attempts to perform {string} on the {chat-or-sms} with:")]
    public Task AttemptWith(string role, string operation, MediaKind media, DataTable table) =>
        operations.OnInteractionAsync(role, media, operation, Body(table, media), attempt: true);

    [When("agent {string} attempts to perform {string} on an unknown {chat-or-sms} with:")]
    public Task AttemptUnknown(string role, string operation, MediaKind media, DataTable table) =>
        operations.OnInteractionAsync(role, media, operation, Body(table, media), attempt: true, unknownId: true);

    [When("agent {string} attempts to perform {string} on an unknown {chat-or-sms}")]
    public Task AttemptUnknownBare(string role, string operation, MediaKind media) =>
        operations.OnInteractionAsync(role, media, operation, [], attempt: true, unknownId: true);

    [Given("agent {string} has consulted agent {string} on the {chat-or-sms}")]
    public Task HasConsulted(string role, string consultant, MediaKind media) =>
        conference.BringInAsync(role, consultant, media, Operations.Consult);

    [Given("agent {string} has asked agent {string} to consult on the {chat-or-sms}")]
    public Task HasAskedToConsult(string role, string consultant, MediaKind media) =>
        conference.OfferAsync(role, consultant, media, Operations.Consult);

    private JsonObject Body(DataTable table, MediaKind media)
    {
        var rows = table.Rows.Select(r => (r[0], IdleQueue.Resolve(r[1], target.Options, media)));
        return ParameterTable.Build(new Dictionary<string, JsonNode?>(), rows, agents);
    }
}
