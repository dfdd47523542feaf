using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// The agent's multimedia session (StartContactCenterSession, EndContactCenterSession, Ready,
/// NotReady), its channel state notifications and the user resource of GET /api/v2/me.
/// </summary>
[Binding]
public sealed class AgentSessionSteps(AgentSessionDriver session, ScenarioAgents agents)
{
    [Given("agent {string} is listening for notifications without a contact-center session")]
    public Task WithoutSession(string role) => session.ConnectWithoutSessionAsync(role);

    [When("agent {string} starts a contact-center session on the channels {string}")]
    public Task Start(string role, string channels) => StartOn(role, channels, attempt: false);

    [When("agent {string} attempts to start a contact-center session on the channels {string}")]
    public Task AttemptStart(string role, string channels) => StartOn(role, channels, attempt: true);

    [When("agent {string} attempts to start a contact-center session with:")]
    public Task StartWith(string role, DataTable table) =>
        session.StartWithAsync(role, ParameterTable.Build(new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), table.Rows.Select(r => (r[0], r[1])), agents));

    [Given("agent {string} has started a contact-center session on the channels {string}")]
    public async Task HasStarted(string role, string channels)
    {
        await StartOn(role, channels, attempt: false);
        agents.MarkAll();
    }

    [When("agent {string} ends the contact-center session")]
    public Task End(string role) => session.EndAsync(role, attempt: false);

    [When("agent {string} attempts to end the contact-center session")]
    public Task AttemptEnd(string role) => session.EndAsync(role, attempt: true);

    [Given("agent {string} has ended the contact-center session")]
    public async Task HasEnded(string role)
    {
        await session.EndAsync(role, attempt: false);
        agents.MarkAll();
    }

    [Then("the attempt partly succeeds with statusCode 7")]
    public void PartlySucceeds() => session.ExpectPartialSuccess();

    [When("agent {string} becomes {agent-state}")]
    public Task SetState(string role, NamedOperation state) => session.SetStateAsync(role, state.Name, channel: null, attempt: false);

    [When("agent {string} attempts to become {agent-state}")]
    public Task AttemptSetState(string role, NamedOperation state) => session.SetStateAsync(role, state.Name, channel: null, attempt: true);

    [When("agent {string} becomes {agent-state} on the {string} channel")]
    public Task SetChannelState(string role, NamedOperation state, string channel) => session.SetStateAsync(role, state.Name, channel, attempt: false);

    [When("agent {string} attempts to become {agent-state} on the {string} channel")]
    public Task AttemptSetChannelState(string role, NamedOperation state, string channel) => session.SetStateAsync(role, state.Name, channel, attempt: true);

    [Given("agent {string} has become {agent-state} on the {string} channel")]
    public async Task HasBecome(string role, NamedOperation state, string channel)
    {
        await session.SetStateAsync(role, state.Name, channel, attempt: false);
        agents.MarkAll();
    }

    [Then("agent {string} receives a channel state notification for the {string} channel with state {string}")]
    public Task ChannelState(string role, string channel, string state) => session.ExpectChannelStateAsync(role, channel, state);

    [Then("agent {string} reads its channels as:")]
    public Task Channels(string role, DataTable table) =>
        session.ExpectChannelsAsync(role, [.. table.Rows.Select(r => (r["channel"], r["state"]))]);

    [Then("agent {string} reads no channels")]
    public Task NoChannels(string role) => session.ExpectChannelsAsync(role, []);

    [Then("the answer lists the channel results:")]
    public void ChannelResults(DataTable table) =>
        session.ExpectChannelResults([.. table.Rows.Select(r => (r["channel"], long.Parse(r["statusCode"], System.Globalization.CultureInfo.InvariantCulture)))]);

    [When("agent {string} reads its user with all subresources")]
    public Task ReadUser(string role) => session.ReadUserAsync(role);

    [Then("agent {string} reads its own user with its id, userName, uri and path")]
    public Task OwnUser(string role) => session.ExpectOwnUserAsync(role);

    [Then("every device agent {string} reads carries the fields:")]
    public Task DeviceFields(string role, DataTable table) => session.ExpectDeviceFieldsAsync(role, [.. table.Rows.Select(r => r[0])]);

    private Task StartOn(string role, string channels, bool attempt) =>
        session.StartAsync(role, [.. channels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], attempt);
}
