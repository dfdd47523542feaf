using System.Text.Json.Nodes;
using Reqnroll;
using Conformance.Harness.Outcomes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Http;
using Conformance.Harness.Notifications;
using Conformance.Harness.Targets;

namespace Conformance.StepDefinitions;

/// <summary>
/// The chat and SMS operations (gws-api.md 12), worded as the doc pages word them. "attempts to"
/// records the answer for a Then step; the plain form must succeed at once (style.md lesson 6).
/// </summary>
[Binding]
public sealed class InteractionSteps(
    OperationDriver operations, ScenarioAgents agents, ScenarioInteractions interactions, NotificationDriver notifications, TargetRuntime target, ConferenceDriver conference)
{
    /// <summary>The queueName value that stands for the profile's idle queue (ChatIdleQueue / SmsIdleQueue).</summary>
    private const string IdleQueue = "a queue no agent serves";

    private const string Media = "(chat|SMS session)";
    private const string Verb = "(accept|reject|complete|leave)";
    private const string Verbs = "(accepts|rejects|completes|leaves)";

    [When("^agent \"([^\"]+)\" " + Verbs + " the " + Media + "$")]
    public Task Perform(string role, string verb, string media) => Run(role, verb, media, null, attempt: false);

    [When("^agent \"([^\"]+)\" " + Verbs + " the " + Media + " with:$")]
    public Task PerformWith(string role, string verb, string media, DataTable table) => Run(role, verb, media, table, attempt: false);

    [When("^agent \"([^\"]+)\" attempts to " + Verb + " the " + Media + "$")]
    public Task Attempt(string role, string verb, string media) => Run(role, verb, media, null, attempt: true);

    [When("^agent \"([^\"]+)\" attempts to " + Verb + " the " + Media + " with:$")]
    public Task AttemptWith(string role, string verb, string media, DataTable table) => Run(role, verb, media, table, attempt: true);

    [When("^agent \"([^\"]+)\" attempts to " + Verb + " an unknown " + Media + "$")]
    public Task AttemptUnknown(string role, string verb, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), OperationOf(verb), Parameters(OperationOf(verb), role, null), attempt: true, unknownId: true);

    [When("^agent \"([^\"]+)\" sends the message \"([^\"]*)\" in the " + Media + "$")]
    public Task Send(string role, string text, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), Operations.SendMessage, new JsonObject { [GwsProtocol.Parameters.Text] = text }, attempt: false);

    [When("^agent \"([^\"]+)\" (sends|attempts to send) a message in the " + Media + " with:$")]
    public Task SendWith(string role, string how, string media, DataTable table) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), Operations.SendMessage, Parameters(Operations.SendMessage, role, table), attempt: how != "sends");

    [When("^agent \"([^\"]+)\" attempts to send the message \"([^\"]*)\" in (the|an unknown) " + Media + "$")]
    public Task AttemptSend(string role, string text, string which, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), Operations.SendMessage, new JsonObject { [GwsProtocol.Parameters.Text] = text }, attempt: true, unknownId: which != "the");

    [When("^agent \"([^\"]+)\" (invites|attempts to invite) into the " + Media + " with:$")]
    public Task InviteWith(string role, string how, string media, DataTable table) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), Operations.Invite, Parameters(Operations.Invite, role, table), attempt: how != "invites");

    [When("^agent \"([^\"]+)\" attempts to invite agent \"([^\"]+)\" into (the|an unknown) " + Media + "$")]
    public Task AttemptInvite(string role, string invitee, string which, string media) =>
        operations.OnInteractionAsync(role, ScenarioInteractions.Parse(media), Operations.Invite,
            new JsonObject { [GwsProtocol.Parameters.TargetUri] = agents.Get(invitee).UserUri }, attempt: true, unknownId: which != "the");

    [Given("^agent \"([^\"]+)\" has accepted the " + Media + "$")]
    public async Task HasAccepted(string role, string media)
    {
        await AcceptAndWaitAsync(role, media);
        agents.MarkAll();
    }

    [Given("^agent \"([^\"]+)\" has completed the " + Media + "$")]
    public async Task HasCompleted(string role, string media)
    {
        await Run(role, "completes", media, null, attempt: false);
        await notifications.ExpectOneAsync(role, interactions.Of(media), NotificationTypes.StatusChange, InteractionStates.Completed);
        agents.MarkAll();
    }

    /// <summary>Invite, the invitee's offer and Accept, the inviter's ParticipantsUpdated and ParticipantJoined (seeds/000-002).</summary>
    [Given("^agent \"([^\"]+)\" has invited agent \"([^\"]+)\" into the " + Media + "$")]
    public Task HasInvited(string role, string invitee, string media) =>
        conference.BringInAsync(role, invitee, ScenarioInteractions.Parse(media), Operations.Invite);

    [Then("^agent \"([^\"]+)\" is offered the " + Media + "$")]
    public Task IsOffered(string role, string media) =>
        notifications.ExpectOneAsync(role, interactions.Of(media), NotificationTypes.StatusChange, InteractionStates.Invited);

    /// <summary>The sequence of the SMS Accept sample (seeds/003): StatusChange (r), ParticipantsUpdated, MessageLogUpdated.</summary>
    private static ExpectedNotification[] AcceptSequence(MediaKind media, string topic) =>
    [
        new(topic, media.StateChangeMessageType, NotificationTypes.StatusChange, ReferenceExpectation.Request, InteractionStates.Chatting),
        new(topic, media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated, ReferenceExpectation.Any, InteractionStates.Chatting),
        new(topic, MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages, ReferenceExpectation.Any, null),
    ];

    private async Task AcceptAndWaitAsync(string role, string media)
    {
        var kind = ScenarioInteractions.Parse(media);
        await Run(role, "accepts", media, null, attempt: false);
        await notifications.ExpectSequenceAsync(role, interactions.Of(kind), AcceptSequence(kind, interactions.TopicOf(kind)));
    }

    private Task<HttpExchange> Run(string role, string verb, string media, DataTable? table, bool attempt)
    {
        var operation = OperationOf(verb);
        var kind = ScenarioInteractions.Parse(media);
        var parameters = Parameters(operation, role, table);
        if (parameters[GwsProtocol.Parameters.QueueName]?.ToString() == IdleQueue)
        {
            parameters[GwsProtocol.Parameters.QueueName] = (kind == MediaKind.Chat ? target.Options.ChatIdleQueue : target.Options.SmsIdleQueue)
                ?? throw new NotApplicableException($"The target profile names no idle queue for {media} (ChatIdleQueue / SmsIdleQueue).");
        }

        return operations.OnInteractionAsync(role, kind, operation, parameters, attempt);
    }

    /// <summary>Defaults for what the table leaves out: Accept's nickname is the role's name, the name the steps then expect.</summary>
    private JsonObject Parameters(string operation, string role, DataTable? table)
    {
        var defaults = new Dictionary<string, JsonNode?>();
        if (operation == Operations.Accept)
        {
            defaults[GwsProtocol.Parameters.Nickname] = role;
        }

        var rows = table?.Rows.Select(r => (r[0], r[1])) ?? [];
        return ParameterTable.Build(defaults, rows, agents);
    }

    private static string OperationOf(string verb) => verb.TrimEnd('s') switch
    {
        "accept" => Operations.Accept,
        "reject" => Operations.Reject,
        "complete" => Operations.Complete,
        "leave" => Operations.Leave,
        _ => throw new ArgumentException($"no operation for \"{verb}\"", nameof(verb)),
    };
}
