using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Http;
using Conformance.Harness.Notifications;
using Conformance.Harness.Outcomes;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// The supervisor's side (Chat API: Monitor, Coach, Barge In, Cancel Supervisor Monitoring, Intrude,
/// Switch To Monitor; the SMS Session API pages of the same names): requests on another user's
/// resources, the supervisor's copy of the session joining, who saw the supervisor, and what reached
/// the customer (the mock's control API; not applicable elsewhere).
/// </summary>
public sealed class SupervisorDriver(
    TargetRuntime target, OperationDriver operations, ScenarioAgents agents, ScenarioInteractions interactions,
    NotificationDriver notifications, LastRequest lastRequest, MatchedNotifications matched)
{
    /// <summary>The step words of the three monitoring operations and what they stand for.</summary>
    public static string OperationOf(string words) => words switch
    {
        "monitor" or "monitors" or "monitoring" => Operations.Monitor,
        "coach" or "coaches" or "coaching" => Operations.Coach,
        "barge in on" or "barges in on" or "barging in on" => Operations.BargeIn,
        _ => throw new ArgumentException($"\"{words}\" names no supervisor operation", nameof(words)),
    };

    /// <summary>
    /// Monitor, Coach, BargeIn or CancelSupervisorMonitoring on POST /api/v2/users/{userId}/channels/chat|smssession
    /// (<paramref name="agentRole"/> null: a user id never issued). A monitoring that succeeds is remembered, so the clean-up cancels it.
    /// </summary>
    public async Task<HttpExchange> OnAgentChannelAsync(string role, string operation, string? agentRole, MediaKind media, JsonObject parameters, bool attempt)
    {
        var agentId = agentRole is null ? UnknownUserId() : agents.Get(agentRole).UserId;
        var exchange = await operations.OnPathAsync(role, SupervisorProtocol.ChannelPath(agentId, media.AgentChannel), operation, parameters, attempt,
            $"{role}'s {operation} of {agentRole ?? "an unknown user"} on the {ScenarioInteractions.Words(media)} channel");
        if (exchange.StatusCode == GwsStatusCodes.Ok)
        {
            var supervisor = agents.Get(role);
            if (operation == Operations.CancelSupervisorMonitoring)
            {
                supervisor.Monitoring.Remove((agentId, media));
            }
            else
            {
                supervisor.Monitoring.Add((agentId, media));
            }
        }

        return exchange;
    }

    /// <summary>Intrude on POST /api/v2/users/{userId}/chats|smssessions/{id}: the agent's session (or an id never issued).</summary>
    public Task<HttpExchange> IntrudeAsync(string role, string agentRole, MediaKind media, JsonObject parameters, bool attempt, bool unknownId = false)
    {
        var interaction = interactions.Of(media);
        var id = unknownId ? "UNKNOWN" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6))
            : interaction.Id ?? throw new InvalidOperationException($"The scenario has no {ScenarioInteractions.Words(media)} yet");
        return operations.OnPathAsync(role, SupervisorProtocol.InteractionPath(agents.Get(agentRole).UserId, media, id), Operations.Intrude, parameters, attempt,
            $"{role}'s {Operations.Intrude} into {agentRole}'s {(unknownId ? "unknown " : "")}{ScenarioInteractions.Words(media)}");
    }

    /// <summary>
    /// The monitored agent accepts (Chat API: Accept sequence) and the supervisor's copy arrives:
    /// StatusChange Chatting, ParticipantsUpdated, MessageLogUpdated; then everything has settled and
    /// every role is marked.
    /// </summary>
    public async Task AcceptAndJoinAsync(string agentRole, string supervisorRole, MediaKind media)
    {
        var topic = interactions.TopicOf(media);
        ExpectedNotification[] joined =
        [
            new(topic, media.StateChangeMessageType, NotificationTypes.StatusChange, ReferenceExpectation.Any, InteractionStates.Chatting),
            new(topic, media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated, ReferenceExpectation.Any, InteractionStates.Chatting),
            new(topic, MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages, ReferenceExpectation.Any, null),
        ];
        await operations.OnInteractionAsync(agentRole, media, Operations.Accept, new JsonObject { [Parameters.Nickname] = agentRole }, attempt: false);
        await notifications.ExpectSequenceAsync(agentRole, interactions.Of(media), joined);
        await notifications.ExpectSequenceAsync(supervisorRole, interactions.Of(media), joined);
        await SettleEveryoneAsync();
    }

    /// <summary>A switch that must succeed, and everything it caused has settled (a Given).</summary>
    public async Task HasSwitchedAsync(string role, MediaKind media, string mode)
    {
        await operations.OnInteractionAsync(role, media, SupervisorProtocol.SwitchOperationFor(mode), [], attempt: false);
        await SettleEveryoneAsync();
    }

    /// <summary>Everything caused so far has reached every signed-in role (what others were told of the join, too); then every role is marked.</summary>
    public async Task SettleEveryoneAsync()
    {
        foreach (var agent in agents.All.Where(a => a.SignedIn))
        {
            await notifications.SettleAsync(agent);
        }

        agents.MarkAll();
    }

    /// <summary>Where the docs allow two codes (ReturnValues: 3 operation forbidden, 5 user lacks permission), either passes.</summary>
    public void ExpectRejectedWithEither(int first, int second)
    {
        var answer = lastRequest.Require();
        if (answer.StatusCode is not { } code || (code != first && code != second) || string.IsNullOrEmpty(answer.StatusMessage))
        {
            throw new AssertionException($"Expected {lastRequest.Description} to be answered statusCode {first} or {second} with a statusMessage\nActual: {answer.Summary}");
        }
    }

    /// <summary>The participant named <paramref name="nickname"/> in the last matched notification of that type shows that visibility.</summary>
    public void ListsWithVisibility(string notificationType, string nickname, string visibility)
    {
        var notification = matched.Last.LastOrDefault(n => n.NotificationType == notificationType)
            ?? throw new AssertionException($"Expected a {notificationType} notification among those just matched\nActual: "
                + (matched.Last.Count == 0 ? "none matched" : string.Join("; ", matched.Last.Select(n => n.Describe()))));
        var resource = MediaKind.ChatLike.Select(notification.Resource).FirstOrDefault(r => r is not null);
        var participants = (resource?[ResourceFields.Participants] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var found = participants.FirstOrDefault(p => p[ResourceFields.Nickname]?.ToString() == nickname);
        if (found?[ResourceFields.Visibility]?.ToString() != visibility)
        {
            throw new AssertionException($"Expected the {notificationType} notification to list {nickname} with visibility {visibility}\n"
                + $"Actual: participants {new JsonArray([.. participants.Select(p => p.DeepClone())]).ToJsonString()}");
        }
    }

    /// <summary>
    /// What the customer's side has seen (the mock's control API): with <paramref name="type"/>, an entry of
    /// that type from <paramref name="nickname"/> must be there; without, none from them at all.
    /// </summary>
    public async Task ExpectCustomerTranscriptAsync(MediaKind media, string nickname, string? type, string? text = null)
    {
        var control = target.Control ?? throw new NotApplicableException(
            $"{target.Describe()} offers no view of the customer's side (the mock's control API), and this step reads the customer's transcript.");
        await control.BarrierAsync();
        var id = interactions.Of(media).Id ?? throw new InvalidOperationException($"The scenario has no {ScenarioInteractions.Words(media)} yet");
        var entries = (await control.CustomerTranscriptAsync(media, id)).OfType<JsonObject>().ToList();
        var fromThem = entries.Where(e => e[MessageLogFields.From]?[ResourceFields.Nickname]?.ToString() == nickname).ToList();
        var holds = type is null
            ? fromThem.Count == 0
            : fromThem.Any(e => e[MessageLogFields.Type]?.ToString() == type && (text is null || e[MessageLogFields.Text]?.ToString() == text));
        if (!holds)
        {
            var expected = type is null ? $"no entry from {nickname}" : $"a {type} entry{(text is null ? "" : $" \"{text}\"")} from {nickname}";
            throw new AssertionException($"Expected the customer's transcript to hold {expected}\n"
                + $"Actual: {string.Join("; ", entries.Select(e => $"{e[MessageLogFields.Type]}({e[MessageLogFields.Visibility]}) from {e[MessageLogFields.From]?[ResourceFields.Nickname]}"))}");
        }
    }

    /// <summary>Shaped like a user id (32 hex digits) but never issued.</summary>
    private static string UnknownUserId() =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)).ToString(CultureInfo.InvariantCulture);
}
