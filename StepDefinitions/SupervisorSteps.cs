using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Notifications;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// Supervision of chats and SMS sessions (Chat API: Monitor, Coach, Barge In, Cancel Supervisor
/// Monitoring, Intrude, Switch To Monitor; SMS Session API: the same). A supervisor is a role like an
/// agent, leased from the profile's SupervisorAccounts; its nickname defaults to the role's name.
/// </summary>
[Binding]
public sealed class SupervisorSteps(
    AgentDriver agentDriver, SupervisorDriver supervisors, OperationDriver operations, NotificationDriver notifications,
    ScenarioAgents agents, ScenarioInteractions interactions)
{
    private const string Media = "(chat|SMS session)";
    private const string Mode = "(monitor|coach|barge in on)";

    [Given("^supervisor \"([^\"]+)\" is signed in and listening for notifications$")]
    public Task SignedIn(string role) => agentDriver.SignInSupervisorAsync(role);

    [Given("^supervisor \"([^\"]+)\" is (monitoring|coaching|barging in on) agent \"([^\"]+)\" on the " + Media + " channel$")]
    public Task IsSupervising(string role, string words, string agent, string media) =>
        supervisors.OnAgentChannelAsync(role, SupervisorDriver.OperationOf(words), agent, ScenarioInteractions.Parse(media), Nickname(role, null), attempt: false);

    [Given("^agent \"([^\"]+)\" has accepted the " + Media + " and supervisor \"([^\"]+)\" has joined it$")]
    public Task AcceptedAndJoined(string agent, string media, string role) => supervisors.AcceptAndJoinAsync(agent, role, ScenarioInteractions.Parse(media));

    [Given("^supervisor \"([^\"]+)\" has switched to (Monitor|Coach|BargeIn) in the " + Media + "$")]
    public Task HasSwitched(string role, string mode, string media) => supervisors.HasSwitchedAsync(role, ScenarioInteractions.Parse(media), mode);

    [Given("^everything so far has reached every participant$")]
    public Task Settled() => supervisors.SettleEveryoneAsync();

    [When("^supervisor \"([^\"]+)\" (monitors|coaches|barges in on) agent \"([^\"]+)\" on the " + Media + " channel with:$")]
    public Task SuperviseWith(string role, string words, string agent, string media, DataTable table) =>
        supervisors.OnAgentChannelAsync(role, SupervisorDriver.OperationOf(words), agent, ScenarioInteractions.Parse(media), Nickname(role, table), attempt: false);

    [When("^(?:supervisor|agent) \"([^\"]+)\" attempts to " + Mode + " agent \"([^\"]+)\" on the " + Media + " channel$")]
    public Task AttemptSupervise(string role, string words, string agent, string media) =>
        supervisors.OnAgentChannelAsync(role, SupervisorDriver.OperationOf(words), agent, ScenarioInteractions.Parse(media), Nickname(role, null), attempt: true);

    [When("^supervisor \"([^\"]+)\" attempts to " + Mode + " agent \"([^\"]+)\" on the " + Media + " channel with:$")]
    public Task AttemptSuperviseWith(string role, string words, string agent, string media, DataTable table) =>
        supervisors.OnAgentChannelAsync(role, SupervisorDriver.OperationOf(words), agent, ScenarioInteractions.Parse(media), Nickname(role, table), attempt: true);

    [When("^supervisor \"([^\"]+)\" attempts to " + Mode + " an unknown user on the " + Media + " channel$")]
    public Task AttemptSuperviseUnknown(string role, string words, string media) =>
        supervisors.OnAgentChannelAsync(role, SupervisorDriver.OperationOf(words), agentRole: null, ScenarioInteractions.Parse(media), Nickname(role, null), attempt: true);

    [When("^(?:supervisor|agent) \"([^\"]+)\" (cancels|attempts to cancel) supervisor monitoring of agent \"([^\"]+)\" on the " + Media + " channel$")]
    public Task Cancel(string role, string how, string agent, string media) =>
        supervisors.OnAgentChannelAsync(role, Operations.CancelSupervisorMonitoring, agent, ScenarioInteractions.Parse(media), [], attempt: how != "cancels");

    [When("^(?:supervisor|agent) \"([^\"]+)\" (intrudes|attempts to intrude) into the " + Media + " of agent \"([^\"]+)\"$")]
    public Task Intrude(string role, string how, string media, string agent) =>
        supervisors.IntrudeAsync(role, agent, ScenarioInteractions.Parse(media), [], attempt: how != "intrudes");

    [When("^supervisor \"([^\"]+)\" (intrudes|attempts to intrude) into the " + Media + " of agent \"([^\"]+)\" with:$")]
    public Task IntrudeWith(string role, string how, string media, string agent, DataTable table) =>
        supervisors.IntrudeAsync(role, agent, ScenarioInteractions.Parse(media), Table(table, []), attempt: how != "intrudes");

    [When("^supervisor \"([^\"]+)\" attempts to intrude into an unknown " + Media + " of agent \"([^\"]+)\"$")]
    public Task IntrudeUnknown(string role, string media, string agent) =>
        supervisors.IntrudeAsync(role, agent, ScenarioInteractions.Parse(media), new JsonObject { [SupervisorProtocol.VisibilityModeParameter] = SupervisorProtocol.Monitor }, attempt: true, unknownId: true);

    [When("^(?:supervisor|agent) \"([^\"]+)\" (switches|attempts to switch) to (Monitor|Coach|BargeIn) in (the|an unknown) " + Media + "$")]
    public Task Switch(string role, string how, string mode, string which, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), SupervisorProtocol.SwitchOperationFor(mode), [], attempt: how != "switches", unknownId: which != "the");

    [When("^supervisor \"([^\"]+)\" (accepts|leaves) the " + Media + "$")]
    public Task AcceptOrLeave(string role, string verb, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), verb == "accepts" ? Operations.Accept : Operations.Leave,
            verb == "accepts" ? new JsonObject { [Parameters.Nickname] = role } : [], attempt: false);

    [When("^supervisor \"([^\"]+)\" sends the message \"([^\"]*)\" in the " + Media + "$")]
    public Task Send(string role, string text, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), Operations.SendMessage, new JsonObject { [Parameters.Text] = text }, attempt: false);

    [When("^supervisor \"([^\"]+)\" probes \"([^\"]+)\" on the " + Media + " at the path \"([^\"]+)\"$")]
    public Task Probe(string role, string operation, string media, string path) =>
        operations.ProbeAsync(role, ScenarioInteractions.Parse(media), path, operation, []);

    [Then("^supervisor \"([^\"]+)\" receives these notifications for the " + Media + ", in order:$")]
    public Task InOrder(string role, string media, DataTable table) =>
        notifications.ExpectSequenceAsync(role, interactions.Of(media), [.. table.Rows.Select(r => new ExpectedNotification(
            r["channel"], r["messageType"], r["notificationType"], ExpectedNotification.ParseReference(r["referenceId"]),
            r["state"].Length == 0 ? null : r["state"]))]);

    [Then("^supervisor \"([^\"]+)\" receives an? \"([^\"]+)\" notification for the " + Media + " with state \"([^\"]+)\"$")]
    public Task One(string role, string notificationType, string media, string state) =>
        notifications.ExpectOneAsync(role, interactions.Of(media), notificationType, state);

    [Then("^supervisor \"([^\"]+)\" receives no further notification for the " + Media + "$")]
    public Task NoFurther(string role, string media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: false);

    [Then("^supervisor \"([^\"]+)\" receives no notification for the " + Media + "$")]
    public Task None(string role, string media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: true);

    [Then("^the attempt is rejected with statusCode (\\d+) or (\\d+)$")]
    public void RejectedWithEither(int first, int second) => supervisors.ExpectRejectedWithEither(first, second);

    [Then("^the \"([^\"]+)\" notification lists (?:supervisor|agent) \"([^\"]+)\" with visibility \"([^\"]+)\"$")]
    public void ListsWithVisibility(string notificationType, string nickname, string visibility) =>
        supervisors.ListsWithVisibility(notificationType, nickname, visibility);

    [Then("^the customer's transcript of the " + Media + " has no entry from supervisor \"([^\"]+)\"$")]
    public Task CustomerSeesNothing(string media, string role) =>
        supervisors.ExpectCustomerTranscriptAsync(ScenarioInteractions.Parse(media), role, type: null);

    [Then("^the customer's transcript of the " + Media + " has an? \"([^\"]+)\" entry from supervisor \"([^\"]+)\"$")]
    public Task CustomerSees(string media, string type, string role) =>
        supervisors.ExpectCustomerTranscriptAsync(ScenarioInteractions.Parse(media), role, type);

    /// <summary>The monitoring request's parameters: the nickname defaults to the role's name.</summary>
    private JsonObject Nickname(string role, DataTable? table) =>
        Table(table, new Dictionary<string, JsonNode?> { [Parameters.Nickname] = role });

    private JsonObject Table(DataTable? table, Dictionary<string, JsonNode?> defaults) =>
        ParameterTable.Build(defaults, table?.Rows.Select(r => (r[0], r[1])) ?? [], agents);
}
