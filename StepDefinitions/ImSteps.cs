using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Http;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>The IM Session API ("IM Session API" pages): InitiateIMSession, SendMessage, Complete.</summary>
[Binding]
public sealed class ImSteps(OperationDriver operations, ScenarioAgents agents, ScenarioInteractions interactions, NotificationDriver notifications)
{
    [When("agent {string} initiates an IM session with:")]
    public Task InitiateWith(string role, DataTable table) => Initiate(role, table, attempt: false);

    [When("agent {string} attempts to initiate an IM session with:")]
    public Task AttemptInitiateWith(string role, DataTable table) => Initiate(role, table, attempt: true);

    [When("agent {string} initiates an IM session to agent {string}")]
    public Task InitiateTo(string role, string callee) =>
        operations.InitiateImSessionAsync(role, new JsonObject { [Parameters.Destination] = ParameterTable.Destination(agents.Get(callee).PhoneNumber) }, attempt: false);

    [Given("agent {string} has initiated an IM session to agent {string}")]
    public async Task HasInitiated(string role, string callee)
    {
        await InitiateTo(role, callee);
        await notifications.ExpectOneAsync(role, interactions.Of(MediaKind.ImSession), NotificationTypes.StatusChange, ImSessionStates.Talking);
        agents.MarkAll();
    }

    [When("agent {string} sends the IM message {string} in the IM session")]
    public Task Send(string role, string text) =>
        operations.OnInteractionAsync(role, MediaKind.ImSession, Operations.SendMessage, SendParameters(role, text, null), attempt: false);

    [When("agent {string} attempts to send the IM message {string} in the IM session")]
    public Task AttemptSend(string role, string text) =>
        operations.OnInteractionAsync(role, MediaKind.ImSession, Operations.SendMessage, SendParameters(role, text, null), attempt: true);

    [When("agent {string} attempts to send the IM message {string} in an unknown IM session")]
    public Task AttemptSendUnknown(string role, string text) =>
        operations.OnInteractionAsync(role, MediaKind.ImSession, Operations.SendMessage, SendParameters(role, text, null), attempt: true, unknownId: true);

    [When("agent {string} attempts to send an IM message in the IM session with:")]
    public Task AttemptSendWith(string role, DataTable table) =>
        operations.OnInteractionAsync(role, MediaKind.ImSession, Operations.SendMessage, SendParameters(role, "Hello", table), attempt: true);

    [When("agent {string} completes the IM session")]
    public Task Complete(string role) => operations.OnInteractionAsync(role, MediaKind.ImSession, Operations.Complete, [], attempt: false);

    [When("agent {string} attempts to complete the IM session")]
    public Task AttemptComplete(string role) =>
        operations.OnInteractionAsync(role, MediaKind.ImSession, Operations.Complete, [], attempt: true);

    [When("agent {string} attempts to complete an unknown IM session")]
    public Task AttemptCompleteUnknown(string role) =>
        operations.OnInteractionAsync(role, MediaKind.ImSession, Operations.Complete, [], attempt: true, unknownId: true);

    [Given("agent {string} has completed the IM session")]
    public async Task HasCompleted(string role)
    {
        await Complete(role);
        await notifications.ExpectOneAsync(role, interactions.Of(MediaKind.ImSession), NotificationTypes.StatusChange, ImSessionStates.Completed);
        agents.MarkAll();
    }

    private Task<HttpExchange> Initiate(string role, DataTable table, bool attempt) =>
        operations.InitiateImSessionAsync(role, ParameterTable.Build(new Dictionary<string, JsonNode?>(), table.Rows.Select(r => (r[0], r[1])), agents), attempt);

    /// <summary>
    /// SendMessage requires text, destination and devicePath ("IM Session API: SendMessage"): the destination is the
    /// other side of the session (read from its participants), the device the agent's own.
    /// </summary>
    private JsonObject SendParameters(string role, string text, DataTable? table)
    {
        var agent = agents.Get(role);
        var session = interactions.Of(MediaKind.ImSession);
        var remote = session.LastKnownResource.GetValueOrDefault(role)?[ResourceFields.Participants]?.AsArray()
            .OfType<JsonObject>().Select(p => p[ResourceFields.PhoneNumber]?.ToString()).FirstOrDefault(n => n is not null);
        var defaults = new Dictionary<string, JsonNode?>
        {
            [Parameters.Text] = text,
            [Parameters.Destination] = ParameterTable.Destination(remote ?? agent.PhoneNumber),
            [Parameters.DevicePath] = agent.DevicePath,
        };
        return ParameterTable.Build(defaults, table?.Rows.Select(r => (r[0], r[1])) ?? [], agents);
    }
}
