using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bayeux;
using Conformance.GwsProtocol;
using Conformance.Harness.Configuration;
using Conformance.Harness.Contexts;
using Conformance.Harness.Notifications;
using Conformance.Harness.Schemas;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Reads agents' inboxes: waits (always with a deadline) for the notifications of an interaction,
/// compares them with what the doc says, proves absence, and validates every notification it hands
/// out against its schema. Failures are NUnit assertions worded Expected / Actual, listing what arrived.
/// </summary>
public sealed class NotificationDriver(TargetRuntime target, ScenarioAgents agents, MatchedNotifications matched, LastRequest lastRequest, ScenarioSchemaTier schemaTier)
{
    private TimeSpan Timeout => target.Options.NotificationTimeout;

    /// <summary>"receives these notifications for the chat, in order": exactly these, first, since the request.</summary>
    public async Task<IReadOnlyList<GwsNotification>> ExpectSequenceAsync(string role, InteractionRef interaction, IReadOnlyList<ExpectedNotification> expected)
    {
        var agent = agents.Get(role);
        var arrived = new List<GwsNotification>();
        var after = agent.ConsumedOrder;
        for (var row = 0; row < expected.Count; row++)
        {
            (long Order, GwsNotification Notification) next;
            try
            {
                next = await WaitAsync(agent, interaction, after, _ => true, $"notification {row + 1} ({expected[row]})");
            }
            catch (AssertionException)
            {
                Fail(NotificationMatcher.SequenceFailure(role, interaction, expected, arrived, row, []) + SinceMark(agent));
                throw;
            }

            arrived.Add(next.Notification);
            after = next.Order;
            var differences = NotificationMatcher.Differences(expected[row], next.Notification, interaction.Media, agent.LastReferenceId);
            if (differences.Count > 0)
            {
                Fail(NotificationMatcher.SequenceFailure(role, interaction, expected, arrived, row, differences) + SinceMark(agent));
            }
        }

        agent.ConsumedOrder = after;
        await AcceptAsync(agent, interaction, arrived);
        return arrived;
    }

    /// <summary>"receives a "X" notification for the chat with state "S"": the first such since the request.</summary>
    public async Task<GwsNotification> ExpectOneAsync(string role, InteractionRef interaction, string notificationType, string? state)
    {
        var agent = agents.Get(role);
        var found = await WaitAsync(
            agent,
            interaction,
            agent.MarkOrder,
            n => n.NotificationType == notificationType && (state is null || n.State(interaction.Media) == state),
            $"{notificationType}{(state is null ? "" : " with state " + state)}");
        agent.ConsumedOrder = Math.Max(agent.ConsumedOrder, found.Order);
        await AcceptAsync(agent, interaction, [found.Notification]);
        return found.Notification;
    }

    /// <summary>The first notification for the interaction since the request, or null if none came in time (for observations).</summary>
    public async Task<GwsNotification?> FirstOrNullAsync(string role, InteractionRef interaction)
    {
        var agent = agents.Get(role);
        try
        {
            var found = await WaitAsync(agent, interaction, agent.MarkOrder, _ => true, "any notification");
            agent.ConsumedOrder = Math.Max(agent.ConsumedOrder, found.Order);
            if (interaction.Id is null && found.Notification.Resource(interaction.Media)?[ResourceFields.Id]?.ToString() is { } id)
            {
                interaction.Id = id;
            }

            return found.Notification;
        }
        catch (AssertionException)
        {
            return null;
        }
    }

    /// <summary>"receives no further notification" (after what was matched) or "no notification" (since the request).</summary>
    public async Task ExpectNothingMoreAsync(string role, InteractionRef interaction, bool sinceRequest)
    {
        var agent = agents.Get(role);
        var after = sinceRequest ? agent.MarkOrder : agent.ConsumedOrder;
        await SettleAsync(agent);
        var stray = agent.NotificationsAfter(after).Where(n => interaction.Names(n.Notification)).ToList();
        if (stray.Count > 0)
        {
            Fail($"Expected {role} to receive no {(sinceRequest ? "" : "further ")}notification for {interaction.Describe()} "
                + $"({(target.Options.Absence == AbsenceCheck.MockBarrier ? "checked after the mock's barrier" : $"during the quiet period of {target.Options.QuietPeriod.TotalSeconds:0.#} s")})\n"
                + $"Actual: {stray.Count} arrived:\n" + string.Join("\n", stray.Select(s => "  " + s.Notification.Describe(interaction.Media))));
        }
    }

    /// <summary>
    /// Makes "nothing more arrived" provable. On the mock: its barrier (everything caused so far is
    /// published), then a marker sent through the same ordered pipe (a Ready on the agent's own chat
    /// channel gives a ChannelStateChangeMessageV2 that arrives after anything published before it).
    /// Elsewhere: the profile's quiet period.
    /// </summary>
    public async Task SettleAsync(AgentSession agent)
    {
        if (target.Options.Absence == AbsenceCheck.QuietPeriod || target.Control is null)
        {
            if (agent.Bayeux is { } client)
            {
                try
                {
                    await client.Inbox.AssertNothingAsync(client.Inbox.Mark(), _ => false, "(quiet period)", target.Options.QuietPeriod);
                }
                catch (InboxExpectationException)
                {
                    // Cannot happen with a predicate that matches nothing; the call is the bounded wait.
                }
            }

            return;
        }

        await target.Control.BarrierAsync();
        if (agent.Bayeux is not { } inbox)
        {
            return;
        }

        var mark = inbox.Inbox.Mark();
        var answer = await agent.Http.PostAsync($"{ApiPaths.MeChannels}/{MediaChannels.Chat}", new JsonObject { [Parameters.OperationName] = Operations.Ready });
        if (answer.StatusCode != GwsStatusCodes.Ok)
        {
            throw new InvalidOperationException($"The delivery marker (Ready on {MediaChannels.Chat}) was refused: {answer.Summary}");
        }

        try
        {
            await inbox.Inbox.WaitForAsync(mark, Topics.Channels, e => e.Data?[NotificationFields.MessageType]?.ToString() == MessageTypes.ChannelStateChange,
                "the delivery marker (ChannelStateChangeMessageV2)", Timeout);
        }
        catch (InboxExpectationException e)
        {
            throw new InvalidOperationException("The mock did not deliver the marker notification: " + e.Message, e);
        }
    }

    private async Task<(long Order, GwsNotification Notification)> WaitAsync(
        AgentSession agent, InteractionRef interaction, long after, Func<GwsNotification, bool> predicate, string description)
    {
        var client = agent.Bayeux ?? throw new InvalidOperationException($"{agent.Role} is not signed in, so it has no inbox");
        try
        {
            var e = await client.Inbox.WaitForAsync(
                new InboxMark(after, DateTimeOffset.MinValue),
                ev => ev.Data is JsonObject data && interaction.Names(new GwsNotification(ev.Channel, data)) && predicate(new GwsNotification(ev.Channel, data)),
                $"{description} for {interaction.Describe()}",
                Timeout);
            return (e.Order, new GwsNotification(e.Channel, (JsonObject)e.Data!));
        }
        catch (InboxExpectationException e)
        {
            Fail($"Expected {agent.Role} to receive {description} for {interaction.Describe()} within {Timeout.TotalSeconds:0} s\n"
                + $"Actual: nothing matched.{SinceMark(agent)}\n(inbox: {e.Message})");
            throw;
        }
    }

    /// <summary>Learns the interaction's id and state, and holds every notification handed out to its schema.</summary>
    private async Task AcceptAsync(AgentSession agent, InteractionRef interaction, IReadOnlyList<GwsNotification> notifications)
    {
        matched.Last = notifications;
        matched.Role = agent.Role;
        matched.LogIndexBefore = interaction.LastLogIndex.GetValueOrDefault(agent.Role);
        var violations = new StringBuilder();
        foreach (var n in notifications)
        {
            if (n.Resource(interaction.Media) is { } resource)
            {
                interaction.Id ??= resource[ResourceFields.Id]?.ToString();
                if (n.NotificationType != NotificationTypes.Error)
                {
                    interaction.LastKnownResource[agent.Role] = resource;
                }
            }

            if (n.Data[NotificationFields.Messages] is JsonArray entries)
            {
                foreach (var index in entries.OfType<JsonObject>().Select(m => m[MessageLogFields.Index]).OfType<JsonValue>())
                {
                    if (index.TryGetValue<long>(out var value))
                    {
                        interaction.LastLogIndex[agent.Role] = Math.Max(value, interaction.LastLogIndex.GetValueOrDefault(agent.Role));
                    }
                }
            }

            foreach (var violation in await target.Schemas.ValidateNotificationAsync(n.Data.ToJsonString(), schemaTier.Tier))
            {
                violations.Append(CultureInfo.InvariantCulture, $"\n  {n.MessageType}/{n.NotificationType}: {violation}");
            }
        }

        if (violations.Length > 0)
        {
            Fail($"Expected every notification to match its schema in Schemas/notifications\nActual: violations (JSON Pointer: keyword: expected; actual):{violations}");
        }
    }

    private string SinceMark(AgentSession agent)
    {
        var all = agent.NotificationsAfter(agent.MarkOrder);
        return $"\nEverything {agent.Role} received since {(lastRequest.Description.Length == 0 ? "the request" : lastRequest.Description)} ({all.Count}):"
            + (all.Count == 0 ? " nothing" : "\n" + string.Join("\n", all.Select(n => "  - " + n.Notification.Describe())));
    }

    private static void Fail(string message) => throw new AssertionException(message);
}
