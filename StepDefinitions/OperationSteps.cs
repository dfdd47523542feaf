using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Outcomes;
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
    [When("^agent \"([^\"]+)\" performs \"([^\"]+)\" on the (chat|SMS session)$")]
    public Task Perform(string role, string operation, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), operation, [], attempt: false);

    [When("^agent \"([^\"]+)\" performs \"([^\"]+)\" on the (chat|SMS session) with:$")]
    public Task PerformWith(string role, string operation, string media, DataTable table) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), operation, Body(table, media), attempt: false);

    [When("^agent \"([^\"]+)\" attempts to perform \"([^\"]+)\" on the (chat|SMS session)$")]
    public Task Attempt(string role, string operation, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), operation, [], attempt: true);

    [When("^agent \"([^\"]+)\" attempts to perform \"([^\"]+)\" on the (chat|SMS session) with:$")]
    public Task AttemptWith(string role, string operation, string media, DataTable table) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), operation, Body(table, media), attempt: true);

    [When("^agent \"([^\"]+)\" attempts to perform \"([^\"]+)\" on an unknown (chat|SMS session) with:$")]
    public Task AttemptUnknown(string role, string operation, string media, DataTable table) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), operation, Body(table, media), attempt: true, unknownId: true);

    [When("^agent \"([^\"]+)\" attempts to perform \"([^\"]+)\" on an unknown (chat|SMS session)$")]
    public Task AttemptUnknownBare(string role, string operation, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), operation, [], attempt: true, unknownId: true);

    [Given("^agent \"([^\"]+)\" has consulted agent \"([^\"]+)\" on the (chat|SMS session)$")]
    public Task HasConsulted(string role, string consultant, string media) =>
        conference.BringInAsync(role, consultant, ScenarioInteractions.Parse(media), Operations.Consult);

    [Given("^agent \"([^\"]+)\" has asked agent \"([^\"]+)\" to consult on the (chat|SMS session)$")]
    public Task HasAskedToConsult(string role, string consultant, string media) =>
        conference.OfferAsync(role, consultant, ScenarioInteractions.Parse(media), Operations.Consult);

    /// <summary>The value that stands for the profile's idle queue (ChatIdleQueue / SmsIdleQueue), as in the Complete features.</summary>
    private const string IdleQueue = "a queue no agent serves";

    private JsonObject Body(DataTable table, string media)
    {
        var rows = table.Rows.Select(r => (r[0], r[1] == IdleQueue ? IdleQueueName(media) : r[1]));
        return ParameterTable.Build(new Dictionary<string, JsonNode?>(), rows, agents);
    }

    private string IdleQueueName(string media) =>
        (ScenarioInteractions.Parse(media) == MediaKind.Chat ? target.Options.ChatIdleQueue : target.Options.SmsIdleQueue)
        ?? throw new NotApplicableException($"The target profile names no idle queue for {media} (ChatIdleQueue / SmsIdleQueue).");
}
