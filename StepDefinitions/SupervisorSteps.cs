using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Http;
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
    [Given("supervisor {string} is signed in and listening for notifications")]
    public Task SignedIn(string role) => agentDriver.SignInSupervisorAsync(role);

    [Given("supervisor {string} is {supervising} agent {string} on the {chat-or-sms} channel")]
    public Task IsSupervising(string role, NamedOperation operation, string agent, MediaKind media) =>
        supervisors.OnAgentChannelAsync(role, operation.Name, agent, media, Nickname(role, null), attempt: false);

    [Given("agent {string} has accepted the {chat-or-sms} and supervisor {string} has joined it")]
    public Task AcceptedAndJoined(string agent, MediaKind media, string role) => supervisors.AcceptAndJoinAsync(agent, role, media);

    [Given("supervisor {string} has switched to {supervision} in the {chat-or-sms}")]
    public Task HasSwitched(string role, SupervisionMode mode, MediaKind media) => supervisors.HasSwitchedAsync(role, media, mode.Name);

    [Given("everything so far has reached every participant")]
    public Task Settled() => supervisors.SettleEveryoneAsync();

    [When("supervisor {string} {supervises} agent {string} on the {chat-or-sms} channel with:")]
    public Task SuperviseWith(string role, NamedOperation operation, string agent, MediaKind media, DataTable table) =>
        supervisors.OnAgentChannelAsync(role, operation.Name, agent, media, Nickname(role, table), attempt: false);

    [When("supervisor/agent {string} attempts to {supervise} agent {string} on the {chat-or-sms} channel")]
    public Task AttemptSupervise(string role, NamedOperation operation, string agent, MediaKind media) =>
        supervisors.OnAgentChannelAsync(role, operation.Name, agent, media, Nickname(role, null), attempt: true);

    [When("supervisor {string} attempts to {supervise} agent {string} on the {chat-or-sms} channel with:")]
    public Task AttemptSuperviseWith(string role, NamedOperation operation, string agent, MediaKind media, DataTable table) =>
        supervisors.OnAgentChannelAsync(role, operation.Name, agent, media, Nickname(role, table), attempt: true);

    [When("supervisor {string} attempts to {supervise} an unknown user on the {chat-or-sms} channel")]
    public Task AttemptSuperviseUnknown(string role, NamedOperation operation, MediaKind media) =>
        supervisors.OnAgentChannelAsync(role, operation.Name, agentRole: null, media, Nickname(role, null), attempt: true);

    [When("supervisor/agent {string} cancels supervisor monitoring of agent {string} on the {chat-or-sms} channel")]
    public Task Cancel(string role, string agent, MediaKind media) => CancelMonitoring(role, agent, media, attempt: false);

    [When("supervisor/agent {string} attempts to cancel supervisor monitoring of agent {string} on the {chat-or-sms} channel")]
    public Task AttemptCancel(string role, string agent, MediaKind media) => CancelMonitoring(role, agent, media, attempt: true);

    [When("supervisor/agent {string} intrudes into the {chat-or-sms} of agent {string}")]
    public Task Intrude(string role, MediaKind media, string agent) => supervisors.IntrudeAsync(role, agent, media, [], attempt: false);

    [When("supervisor/agent {string} attempts to intrude into the {chat-or-sms} of agent {string}")]
    public Task AttemptIntrude(string role, MediaKind media, string agent) => supervisors.IntrudeAsync(role, agent, media, [], attempt: true);

    [When("supervisor {string} intrudes into the {chat-or-sms} of agent {string} with:")]
    public Task IntrudeWith(string role, MediaKind media, string agent, DataTable table) =>
        supervisors.IntrudeAsync(role, agent, media, Table(table, []), attempt: false);

    [When("supervisor {string} attempts to intrude into the {chat-or-sms} of agent {string} with:")]
    public Task AttemptIntrudeWith(string role, MediaKind media, string agent, DataTable table) =>
        supervisors.IntrudeAsync(role, agent, media, Table(table, []), attempt: true);

    [When("supervisor {string} attempts to intrude into an unknown {chat-or-sms} of agent {string}")]
    public Task IntrudeUnknown(string role, MediaKind media, string agent) =>
        supervisors.IntrudeAsync(role, agent, media, new JsonObject { [SupervisorProtocol.VisibilityModeParameter] = SupervisorProtocol.Monitor }, attempt: true, unknownId: true);

    [When("supervisor/agent {string} switches to {supervision} in the {chat-or-sms}")]
    public Task Switch(string role, SupervisionMode mode, MediaKind media) => SwitchTo(role, mode, media, attempt: false, unknownId: false);

    [When("supervisor/agent {string} attempts to switch to {supervision} in the {chat-or-sms}")]
    public Task AttemptSwitch(string role, SupervisionMode mode, MediaKind media) => SwitchTo(role, mode, media, attempt: true, unknownId: false);

    [When("supervisor/agent {string} attempts to switch to {supervision} in an unknown {chat-or-sms}")]
    public Task AttemptSwitchUnknown(string role, SupervisionMode mode, MediaKind media) => SwitchTo(role, mode, media, attempt: true, unknownId: true);

    [When("supervisor {string} accepts the {chat-or-sms}")]
    public Task Accept(string role, MediaKind media) =>
        operations.OnInteractionAsync(role, media, Operations.Accept, new JsonObject { [Parameters.Nickname] = role }, attempt: false);

    [When("supervisor {string} leaves the {chat-or-sms}")]
    public Task Leave(string role, MediaKind media) => operations.OnInteractionAsync(role, media, Operations.Leave, [], attempt: false);

    [When("supervisor {string} sends the message {string} in the {chat-or-sms}")]
    public Task Send(string role, string text, MediaKind media) =>
        operations.OnInteractionAsync(role, media, Operations.SendMessage, new JsonObject { [Parameters.Text] = text }, attempt: false);

    [When("supervisor {string} probes {string} on the {chat-or-sms} at the path {string}")]
    public Task Probe(string role, string operation, MediaKind media, string path) =>
        operations.ProbeAsync(role, media, path, operation, []);

    [Then("supervisor {string} receives these notifications for the {chat-or-sms}, in order:")]
    public Task InOrder(string role, MediaKind media, DataTable table) =>
        notifications.ExpectSequenceAsync(role, interactions.Of(media), ExpectedNotification.FromRows(table.Rows));

    [Then("supervisor {string} receives a(n) {string} notification for the {chat-or-sms} with state {string}")]
    public Task One(string role, string notificationType, MediaKind media, string state) =>
        notifications.ExpectOneAsync(role, interactions.Of(media), notificationType, state);

    [Then("supervisor {string} receives no further notification for the {chat-or-sms}")]
    public Task NoFurther(string role, MediaKind media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: false);

    [Then("supervisor {string} receives no notification for the {chat-or-sms}")]
    public Task None(string role, MediaKind media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: true);

    [Then("the attempt is rejected with statusCode {int} or {int}")]
    public void RejectedWithEither(int first, int second) => supervisors.ExpectRejectedWithEither(first, second);

    [Then("the {string} notification lists supervisor/agent {string} with visibility {string}")]
    public void ListsWithVisibility(string notificationType, string nickname, string visibility) =>
        supervisors.ListsWithVisibility(notificationType, nickname, visibility);

    [Then("the customer's transcript of the {chat-or-sms} has no entry from supervisor {string}")]
    public Task CustomerSeesNothing(MediaKind media, string role) =>
        supervisors.ExpectCustomerTranscriptAsync(media, role, type: null);

    [Then("the customer's transcript of the {chat-or-sms} has a(n) {string} entry from supervisor {string}")]
    public Task CustomerSees(MediaKind media, string type, string role) =>
        supervisors.ExpectCustomerTranscriptAsync(media, role, type);

    private Task<HttpExchange> CancelMonitoring(string role, string agent, MediaKind media, bool attempt) =>
        supervisors.OnAgentChannelAsync(role, Operations.CancelSupervisorMonitoring, agent, media, [], attempt);

    private Task<HttpExchange> SwitchTo(string role, SupervisionMode mode, MediaKind media, bool attempt, bool unknownId) =>
        operations.OnInteractionAsync(role, media, SupervisorProtocol.SwitchOperationFor(mode.Name), [], attempt, unknownId);

    /// <summary>The monitoring request's parameters: the nickname defaults to the role's name.</summary>
    private JsonObject Nickname(string role, DataTable? table) =>
        Table(table, new Dictionary<string, JsonNode?> { [Parameters.Nickname] = role });

    private JsonObject Table(DataTable? table, Dictionary<string, JsonNode?> defaults) =>
        ParameterTable.Build(defaults, table?.Rows.Select(r => (r[0], r[1])) ?? [], agents);
}
