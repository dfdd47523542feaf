using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// The IM Session API's user-data operations (AttachUserData, UpdateUserData, DeleteUserData), the IM
/// session resource (GET) and the probe of SendMessage's mandatory destination and devicePath.
/// </summary>
[Binding]
public sealed class ImUserDataSteps(ImSessionResourceDriver im, OperationDriver operations, NotificationDriver notifications, ScenarioAgents agents, ScenarioInteractions interactions)
{
    [When("agent {string} {user-data-operation} userData in the IM session with:")]
    public Task UserData(string role, NamedOperation operation, DataTable table) =>
        im.UserDataAsync(role, operation.Name, Table(table), attempt: false, unknownId: false);

    [When("agent {string} attempts to {user-data-operation} userData in the IM session with:")]
    public Task AttemptUserData(string role, NamedOperation operation, DataTable table) =>
        im.UserDataAsync(role, operation.Name, Table(table), attempt: true, unknownId: false);

    [When("agent {string} attempts to {user-data-operation} userData in an unknown IM session with:")]
    public Task AttemptUserDataUnknown(string role, NamedOperation operation, DataTable table) =>
        im.UserDataAsync(role, operation.Name, Table(table), attempt: true, unknownId: true);

    [Given("agent {string} has attached userData to the IM session with:")]
    public async Task HasAttached(string role, DataTable table)
    {
        await im.UserDataAsync(role, Operations.AttachUserData, Table(table), attempt: false, unknownId: false);
        await notifications.ExpectOneAsync(role, interactions.Of(MediaKind.ImSession), NotificationTypes.AttachedDataChanged, state: null);
        agents.MarkAll();
    }

    [Given("agent {string} has been reached by the IM session")]
    public Task Reached(string role) => im.AwaitReachedAsync(role);

    [When("agent {string} reads its IM sessions")]
    public Task ReadUris(string role) => im.ReadCollectionAsync(role, allFields: false);

    [When("agent {string} reads its IM sessions with all fields")]
    public Task ReadAll(string role) => im.ReadCollectionAsync(role, allFields: true);

    [When("agent {string} reads the IM session")]
    public Task ReadOne(string role) => im.ReadOneAsync(role, unknownId: false);

    [When("agent {string} attempts to read an unknown IM session")]
    public Task ReadUnknown(string role) => im.ReadOneAsync(role, unknownId: true);

    [Then("the answer lists the IM session by its uri")]
    public void ListedByUri() => im.ExpectListed(state: null);

    [Then("the answer lists the IM session in state {string}")]
    public void ListedInState(string state) => im.ExpectListed(state);

    [Then("the answer lists no IM session")]
    public void NoneListed() => im.ExpectNoneListed();

    [Then("the answer is the IM session in state {string}")]
    public void Resource(string state) => im.ExpectResource(state, []);

    [Then("the answer is the IM session in state {string} with the userData:")]
    public void ResourceWithData(string state, DataTable table) => im.ExpectResource(state, [.. table.Rows.Select(r => (r["key"], r["value"]))]);

    [When("agent {string} probes IM SendMessage with only the text {string}")]
    public Task ProbeSend(string role, string text) =>
        operations.ProbeAsync(role, MediaKind.ImSession, MediaKind.ImSession.MeCollectionPath + "/{id}", Operations.SendMessage, new JsonObject { [Parameters.Text] = text });

    private JsonObject Table(DataTable table) =>
        ParameterTable.Build(new Dictionary<string, JsonNode?>(), table.Rows.Select(r => (r[0], r[1])), agents);
}
