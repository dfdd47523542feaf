using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Http;
using Conformance.Harness.Notifications;
using Conformance.Harness.Targets;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// The chat and SMS operations ("Chat API" and "SMS Session API" pages), worded as the doc pages word them. "attempts to"
/// records the answer for a Then step; the plain form must succeed at once.
/// </summary>
[Binding]
public sealed class InteractionSteps(
    OperationDriver operations, ScenarioAgents agents, ScenarioInteractions interactions, NotificationDriver notifications, TargetRuntime target, ConferenceDriver conference)
{
    [When("agent {string} {operation}s the {chat-or-sms}")]
    public Task Perform(string role, ChatOperation operation, MediaKind media) => Run(role, operation, media, null, attempt: false);

    [When("agent {string} {operation}s the {chat-or-sms} with:")]
    public Task PerformWith(string role, ChatOperation operation, MediaKind media, DataTable table) => Run(role, operation, media, table, attempt: false);

    [When("agent {string} attempts to {operation} the {chat-or-sms}")]
    public Task Attempt(string role, ChatOperation operation, MediaKind media) => Run(role, operation, media, null, attempt: true);

    [When("agent {string} attempts to {operation} the {chat-or-sms} with:")]
    public Task AttemptWith(string role, ChatOperation operation, MediaKind media, DataTable table) => Run(role, operation, media, table, attempt: true);

    [When("agent {string} attempts to {operation} an unknown {chat-or-sms}")]
    public Task AttemptUnknown(string role, ChatOperation operation, MediaKind media) =>
        operations.OnInteractionAsync(role, media, operation.Name, Parameters(operation.Name, role, null), attempt: true, unknownId: true);

    [When("agent {string} sends the message {string} in the {chat-or-sms}")]
    public Task Send(string role, string text, MediaKind media) =>
        operations.OnInteractionAsync(role, media, Operations.SendMessage, new JsonObject { [GwsProtocol.Parameters.Text] = text }, attempt: false);

    [When("agent {string} sends a message in the {chat-or-sms} with:")]
    public Task SendWith(string role, MediaKind media, DataTable table) =>
        operations.OnInteractionAsync(role, media, Operations.SendMessage, Parameters(Operations.SendMessage, role, table), attempt: false);

    [When("agent {string} attempts to send a message in the {chat-or-sms} with:")]
    public Task AttemptSendWith(string role, MediaKind media, DataTable table) =>
        operations.OnInteractionAsync(role, media, Operations.SendMessage, Parameters(Operations.SendMessage, role, table), attempt: true);

    [When("agent {string} attempts to send the message {string} in the {chat-or-sms}")]
    public Task AttemptSend(string role, string text, MediaKind media) =>
        operations.OnInteractionAsync(role, media, Operations.SendMessage, new JsonObject { [GwsProtocol.Parameters.Text] = text }, attempt: true);

    [When("agent {string} attempts to send the message {string} in an unknown {chat-or-sms}")]
    public Task AttemptSendUnknown(string role, string text, MediaKind media) =>
        operations.OnInteractionAsync(role, media, Operations.SendMessage, new JsonObject { [GwsProtocol.Parameters.Text] = text }, attempt: true, unknownId: true);

    [When("agent {string} invites into the {chat-or-sms} with:")]
    public Task InviteWith(string role, MediaKind media, DataTable table) =>
        operations.OnInteractionAsync(role, media, Operations.Invite, Parameters(Operations.Invite, role, table), attempt: false);

    [When("agent {string} attempts to invite into the {chat-or-sms} with:")]
    public Task AttemptInviteWith(string role, MediaKind media, DataTable table) =>
        operations.OnInteractionAsync(role, media, Operations.Invite, Parameters(Operations.Invite, role, table), attempt: true);

    [When("agent {string} attempts to invite agent {string} into the {chat-or-sms}")]
    public Task AttemptInvite(string role, string invitee, MediaKind media) => AttemptInviteAsync(role, invitee, media, unknownId: false);

    [When("agent {string} attempts to invite agent {string} into an unknown {chat-or-sms}")]
    public Task AttemptInviteUnknown(string role, string invitee, MediaKind media) => AttemptInviteAsync(role, invitee, media, unknownId: true);

    [Given("agent {string} has accepted the {chat-or-sms}")]
    public async Task HasAccepted(string role, MediaKind media)
    {
        await AcceptAndWaitAsync(role, media);
        agents.MarkAll();
    }

    [Given("agent {string} has completed the {chat-or-sms}")]
    public async Task HasCompleted(string role, MediaKind media)
    {
        await Run(role, new ChatOperation(Operations.Complete), media, null, attempt: false);
        await notifications.ExpectOneAsync(role, interactions.Of(media), NotificationTypes.StatusChange, InteractionStates.Completed);
        agents.MarkAll();
    }

    /// <summary>Invite, the invitee's offer and Accept, the inviter's ParticipantsUpdated and ParticipantJoined.</summary>
    [Given("agent {string} has invited agent {string} into the {chat-or-sms}")]
    public Task HasInvited(string role, string invitee, MediaKind media) =>
        conference.BringInAsync(role, invitee, media, Operations.Invite);

    [Then("agent {string} is offered the {chat-or-sms}")]
    public Task IsOffered(string role, MediaKind media) =>
        notifications.ExpectOneAsync(role, interactions.Of(media), NotificationTypes.StatusChange, InteractionStates.Invited);

    /// <summary>The sequence of the SMS Accept sample ("SMS Session API: Accept"): StatusChange (r), ParticipantsUpdated, MessageLogUpdated.</summary>
    private static ExpectedNotification[] AcceptSequence(MediaKind media, string topic) =>
    [
        new(topic, media.StateChangeMessageType, NotificationTypes.StatusChange, ReferenceExpectation.Request, InteractionStates.Chatting),
        new(topic, media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated, ReferenceExpectation.Any, InteractionStates.Chatting),
        new(topic, MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages, ReferenceExpectation.Any, null),
    ];

    private Task<HttpExchange> AttemptInviteAsync(string role, string invitee, MediaKind media, bool unknownId) =>
        operations.OnInteractionAsync(role, media, Operations.Invite,
            new JsonObject { [GwsProtocol.Parameters.TargetUri] = agents.Get(invitee).UserUri }, attempt: true, unknownId: unknownId);

    private async Task AcceptAndWaitAsync(string role, MediaKind media)
    {
        await Run(role, new ChatOperation(Operations.Accept), media, null, attempt: false);
        await notifications.ExpectSequenceAsync(role, interactions.Of(media), AcceptSequence(media, interactions.TopicOf(media)));
    }

    private Task<HttpExchange> Run(string role, ChatOperation chatOperation, MediaKind kind, DataTable? table, bool attempt)
    {
        var operation = chatOperation.Name;
        var parameters = Parameters(operation, role, table);
        if (parameters[GwsProtocol.Parameters.QueueName]?.ToString() == IdleQueue.Placeholder)
        {
            parameters[GwsProtocol.Parameters.QueueName] = IdleQueue.Resolve(IdleQueue.Placeholder, target.Options, kind);
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
}
