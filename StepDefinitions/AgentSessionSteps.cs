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
    [Given("^agent \"([^\"]+)\" is listening for notifications without a contact-center session$")]
    public Task WithoutSession(string role) => session.ConnectWithoutSessionAsync(role);

    [When("^agent \"([^\"]+)\" (starts|attempts to start) a contact-center session on the channels \"([^\"]+)\"$")]
    public Task Start(string role, string how, string channels) =>
        session.StartAsync(role, [.. channels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], attempt: how != "starts");

    [When("^agent \"([^\"]+)\" attempts to start a contact-center session with:$")]
    public Task StartWith(string role, DataTable table) =>
        session.StartWithAsync(role, ParameterTable.Build(new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), table.Rows.Select(r => (r[0], r[1])), agents));

    [Given("^agent \"([^\"]+)\" has started a contact-center session on the channels \"([^\"]+)\"$")]
    public async Task HasStarted(string role, string channels)
    {
        await Start(role, "starts", channels);
        agents.MarkAll();
    }

    [When("^agent \"([^\"]+)\" (ends|attempts to end) the contact-center session$")]
    public Task End(string role, string how) => session.EndAsync(role, attempt: how != "ends");

    [Given("^agent \"([^\"]+)\" has ended the contact-center session$")]
    public async Task HasEnded(string role)
    {
        await session.EndAsync(role, attempt: false);
        agents.MarkAll();
    }

    [Then("^the attempt partly succeeds with statusCode 7$")]
    public void PartlySucceeds() => session.ExpectPartialSuccess();

    [When("^agent \"([^\"]+)\" (becomes|attempts to become) (Ready|NotReady)$")]
    public Task SetState(string role, string how, string operation) => session.SetStateAsync(role, operation, channel: null, attempt: how != "becomes");

    [When("^agent \"([^\"]+)\" (becomes|attempts to become) (Ready|NotReady) on the \"([^\"]+)\" channel$")]
    public Task SetChannelState(string role, string how, string operation, string channel) =>
        session.SetStateAsync(role, operation, channel, attempt: how != "becomes");

    [Given("^agent \"([^\"]+)\" has become (Ready|NotReady) on the \"([^\"]+)\" channel$")]
    public async Task HasBecome(string role, string operation, string channel)
    {
        await session.SetStateAsync(role, operation, channel, attempt: false);
        agents.MarkAll();
    }

    [Then("^agent \"([^\"]+)\" receives a channel state notification for the \"([^\"]+)\" channel with state \"([^\"]+)\"$")]
    public Task ChannelState(string role, string channel, string state) => session.ExpectChannelStateAsync(role, channel, state);

    [Then("^agent \"([^\"]+)\" reads its channels as:$")]
    public Task Channels(string role, DataTable table) =>
        session.ExpectChannelsAsync(role, [.. table.Rows.Select(r => (r["channel"], r["state"]))]);

    [Then("^agent \"([^\"]+)\" reads no channels$")]
    public Task NoChannels(string role) => session.ExpectChannelsAsync(role, []);

    [Then("^the answer lists the channel results:$")]
    public void ChannelResults(DataTable table) =>
        session.ExpectChannelResults([.. table.Rows.Select(r => (r["channel"], long.Parse(r["statusCode"], System.Globalization.CultureInfo.InvariantCulture)))]);

    [When("^agent \"([^\"]+)\" reads its user with all subresources$")]
    public Task ReadUser(string role) => session.ReadUserAsync(role);

    [Then("^agent \"([^\"]+)\" reads its own user with its id, userName, uri and path$")]
    public Task OwnUser(string role) => session.ExpectOwnUserAsync(role);

    [Then("^every device agent \"([^\"]+)\" reads carries the fields:$")]
    public Task DeviceFields(string role, DataTable table) => session.ExpectDeviceFieldsAsync(role, [.. table.Rows.Select(r => r[0])]);
}
