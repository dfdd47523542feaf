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
    [When("^agent \"([^\"]+)\" (attaches|updates|deletes|attempts to attach|attempts to update|attempts to delete) userData in (the|an unknown) IM session with:$")]
    public Task UserData(string role, string how, string which, DataTable table) =>
        im.UserDataAsync(role, OperationOf(how), Table(table), attempt: how.StartsWith("attempts", StringComparison.Ordinal), unknownId: which != "the");

    [Given("^agent \"([^\"]+)\" has attached userData to the IM session with:$")]
    public async Task HasAttached(string role, DataTable table)
    {
        await im.UserDataAsync(role, Operations.AttachUserData, Table(table), attempt: false, unknownId: false);
        await notifications.ExpectOneAsync(role, interactions.Of(MediaKind.ImSession), NotificationTypes.AttachedDataChanged, state: null);
        agents.MarkAll();
    }

    [Given("^agent \"([^\"]+)\" has been reached by the IM session$")]
    public Task Reached(string role) => im.AwaitReachedAsync(role);

    [When("^agent \"([^\"]+)\" reads its IM sessions$")]
    public Task ReadUris(string role) => im.ReadCollectionAsync(role, allFields: false);

    [When("^agent \"([^\"]+)\" reads its IM sessions with all fields$")]
    public Task ReadAll(string role) => im.ReadCollectionAsync(role, allFields: true);

    [When("^agent \"([^\"]+)\" (?:reads|attempts to read) (the|an unknown) IM session$")]
    public Task ReadOne(string role, string which) => im.ReadOneAsync(role, unknownId: which != "the");

    [Then("^the answer lists the IM session by its uri$")]
    public void ListedByUri() => im.ExpectListed(state: null);

    [Then("^the answer lists the IM session in state \"([^\"]+)\"$")]
    public void ListedInState(string state) => im.ExpectListed(state);

    [Then("^the answer lists no IM session$")]
    public void NoneListed() => im.ExpectNoneListed();

    [Then("^the answer is the IM session in state \"([^\"]+)\"$")]
    public void Resource(string state) => im.ExpectResource(state, []);

    [Then("^the answer is the IM session in state \"([^\"]+)\" with the userData:$")]
    public void ResourceWithData(string state, DataTable table) => im.ExpectResource(state, [.. table.Rows.Select(r => (r["key"], r["value"]))]);

    [When("^agent \"([^\"]+)\" probes IM SendMessage with only the text \"([^\"]*)\"$")]
    public Task ProbeSend(string role, string text) =>
        operations.ProbeAsync(role, MediaKind.ImSession, MediaKind.ImSession.MeCollectionPath + "/{id}", Operations.SendMessage, new JsonObject { [Parameters.Text] = text });

    private JsonObject Table(DataTable table) =>
        ParameterTable.Build(new Dictionary<string, JsonNode?>(), table.Rows.Select(r => (r[0], r[1])), agents);

    private static string OperationOf(string how) => how.Replace("attempts to ", "", StringComparison.Ordinal) switch
    {
        "attaches" or "attach" => Operations.AttachUserData,
        "updates" or "update" => Operations.UpdateUserData,
        _ => Operations.DeleteUserData,
    };
}
