using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Notifications;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using Microsoft.Extensions.Options;
using MockServer.Tests.Support;

namespace MockServer.Tests.Control;

/// <summary>
/// The deviations applied by <see cref="DeviationFilters"/>: each one, switched on, changes what the mock
/// sends for a fixed script of notifications and answers (and nothing changes with every switch off);
/// then a few end-to-end checks that the filters sit where notifications and answers leave the mock.
/// </summary>
public sealed class DeviationFilterTests
{
    private const string Alice = "u-alice";
    private const string ChatPath = "/chats/C1";

    /// <summary>
    /// Every deviation the filters implement; the others act inside the domain, and the session and auth ones
    /// in the security middleware (SessionAndAuthDeviationTests).
    /// </summary>
    public static IEnumerable<Deviation> Filtered =>
        Enum.GetValues<Deviation>().Where(d => d >= Deviation.DropStatusChange
            && DeviationCatalog.Of(d).Class != DeviationClass.SessionAndAuth);

    [Test]
    public void With_every_switch_off_the_script_passes_unchanged()
    {
        Run([]).Should().Be(Unfiltered());
    }

    [TestCaseSource(nameof(Filtered))]
    public void Each_filtered_deviation_changes_the_output(Deviation deviation)
    {
        Run([deviation]).Should().NotBe(Unfiltered(), $"{deviation} must change what the mock sends");
    }

    [Test]
    public void LogIndexRestarts_numbers_the_second_update_from_the_first_index()
    {
        Indices(Run([Deviation.LogIndexRestarts]), 1).Should().Equal(1, 2);
    }

    [Test]
    public void LogIndexRepeats_starts_the_second_update_at_the_last_index_sent()
    {
        Indices(Run([Deviation.LogIndexRepeats]), 1).Should().Equal(2, 3);
    }

    [Test]
    public async Task DuplicateStatusChange_reaches_the_agent_twice_through_the_queue()
    {
        var options = new MockServerOptions();
        options.Deviations.Add(Deviation.DuplicateStatusChange);
        await using var h = await MockHarness.StartAsync(options);
        var agent = h.Agent("agent01");
        var id = await h.OfferAsync(MediaKind.Chat, agent);
        var mark = await h.MarkAsync();
        await agent.OperateAsync(MediaKind.Chat, id, Operations.Accept, new JsonObject { ["nickname"] = "A" });
        (await h.ReceivedAsync(agent, mark)).Count(p => p.NotificationType == NotificationTypes.StatusChange).Should().Be(2);
    }

    [Test]
    public async Task RefusalAnsweredAsSuccess_rewrites_the_written_answer()
    {
        var options = new MockServerOptions();
        options.Deviations.Add(Deviation.RefusalAnsweredAsSuccess);
        await using var h = await MockHarness.StartAsync(options);
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(MediaKind.Chat, agent);
        var reply = await agent.OperateAsync(MediaKind.Chat, id, Operations.SendMessage);
        reply.StatusCode.Should().Be(GwsStatusCodes.Ok);
        reply.Json!.ContainsKey(ResponseFields.StatusMessage).Should().BeFalse();
    }

    [Test]
    public async Task DelayErrorNotification_holds_the_Error_back_for_the_configured_delay()
    {
        var options = new MockServerOptions { DeviationDelay = TimeSpan.FromSeconds(2) };
        options.Deviations.Add(Deviation.DelayErrorNotification);
        await using var h = await MockHarness.StartAsync(options);
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(MediaKind.Chat, agent);
        var mark = await h.MarkAsync();
        var clock = Stopwatch.StartNew();
        var absent = h.Agent("agent02");
        var reply = await agent.OperateAsync(MediaKind.Chat, id, Operations.Invite, new JsonObject { ["targetUri"] = $"/users/{absent.UserId}" });
        // The held notification no longer holds the queue, so the barrier does not wait for it: wait for it.
        var received = await h.Recorder.WaitForAsync(mark, agent.UserId, p => p.NotificationType == NotificationTypes.Error, TimeSpan.FromSeconds(10));
        if (reply.StatusCode == GwsStatusCodes.Ok && received.Any(p => p.NotificationType == NotificationTypes.Error))
        {
            clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
        }
        else
        {
            Assert.Fail($"Expected an accepted Invite followed by an Error notification\nActual: {reply}; {string.Join(", ", received)}");
        }
    }

    private static List<int> Indices(string output, int update) =>
        [.. JsonNode.Parse(output)!["notifications"]!.AsArray()
            .Where(n => n!["data"]![NotificationFields.MessageType]?.GetValue<string>() == MessageTypes.MessageLogUpdated)
            .Skip(update).First()!["data"]![NotificationFields.Messages]!.AsArray()
            .Select(e => e![MessageLogFields.Index]!.GetValue<int>())];

    private static string Unfiltered() => Serialize(Script().SelectMany(b => b).Select(n => (n, false)), Responses());

    private static string Run(IEnumerable<Deviation> active)
    {
        var directory = new UserDirectory(DirectoryFile.LoadDefault());
        var filters = new DeviationFilters(new DeviationSwitches(active), directory, new TopicMap(new Dictionary<string, string>()),
            Options.Create(new MockServerOptions()));
        var notifications = Script().SelectMany(batch => filters.Notifications(batch)).Select(n => (n, filters.IsDelayed(n)));
        return Serialize(notifications, [.. Responses().Select(filters.Response)]);
    }

    private static string Serialize(IEnumerable<(OutgoingNotification N, bool Delayed)> notifications, IEnumerable<JsonObject> responses) =>
        new JsonObject
        {
            ["notifications"] = new JsonArray([.. notifications.Select(x => (JsonNode)new JsonObject
            {
                ["user"] = x.N.UserId,
                ["topic"] = x.N.Topic,
                ["delayed"] = x.Delayed,
                ["data"] = x.N.Data.DeepClone(),
            })]),
            ["responses"] = new JsonArray([.. responses.Select(r => (JsonNode)r.DeepClone())]),
        }.ToJsonString();

    private static List<JsonObject> Responses() =>
    [
        new() { [ResponseFields.StatusCode] = 0, [ResponseFields.ReferenceId] = 7 },
        new() { [ResponseFields.StatusCode] = 1, [ResponseFields.StatusMessage] = "Missing parameter text" },
        new() { [ResponseFields.StatusCode] = 6, [ResponseFields.StatusMessage] = "Chat not found" },
        new() { [ResponseFields.StatusCode] = 10, [ResponseFields.StatusMessage] = "Invalid value" },
    ];

    /// <summary>Batches as operations enqueue them: an offer, an Accept, a SendToAgents, a user-data change, a failed Invite, SMS and IM.</summary>
    private static List<List<OutgoingNotification>> Script()
    {
        var chat = MediaKind.Chat;
        return
        [
            [Chat(NotificationTypes.StatusChange, InteractionStates.Invited, null, ["Accept", "Reject"], [Customer()])],
            [
                Chat(NotificationTypes.StatusChange, InteractionStates.Chatting, 7, ["Complete", "SendMessage"], [Customer(), Agent("Alice", Visibilities.All)]),
                Chat(NotificationTypes.ParticipantsUpdated, InteractionStates.Chatting, null, ["Complete", "SendMessage"],
                    [Customer(), Agent("Alice", Visibilities.All), Agent("Sam", Visibilities.Supervisors)]),
                Log(chat, (1, MessageLogEntryTypes.ParticipantJoined, ParticipantTypes.Customer, Visibilities.All, null),
                    (2, MessageLogEntryTypes.ParticipantJoined, ParticipantTypes.Agent, Visibilities.All, null)),
            ],
            [Log(chat, (3, MessageLogEntryTypes.Text, ParticipantTypes.Agent, Visibilities.Agents, "secret"), (4, MessageLogEntryTypes.Text, ParticipantTypes.Customer, Visibilities.All, "hello"))],
            [Chat(NotificationTypes.PropertiesUpdated, InteractionStates.Chatting, 8, ["Complete"], [Customer()])],
            [Error(Chat(NotificationTypes.Error, InteractionStates.Chatting, 9, ["Complete"], [Customer()]))],
            [Sms()],
            [Im(NotificationTypes.StatusChange, 10), Im(NotificationTypes.AttachedDataChanged, 11), ImLog()],
        ];
    }

    private static OutgoingNotification Chat(string type, string state, int? referenceId, string[] capabilities, JsonObject[] participants)
    {
        var data = new JsonObject
        {
            [NotificationFields.MessageType] = MessageTypes.ChatStateChange,
            [NotificationFields.NotificationType] = type,
        };
        if (referenceId is { } r)
        {
            data[NotificationFields.ReferenceId] = r;
        }

        data[MediaKind.Chat.ResourceKey] = new JsonObject
        {
            [ResourceFields.Id] = "C1",
            [ResourceFields.State] = state,
            [ResourceFields.Capabilities] = new JsonArray([.. capabilities.Select(c => (JsonNode)c)]),
            [ResourceFields.Participants] = new JsonArray([.. participants]),
            [ResourceFields.ReceivedDate] = "2026-11-30T01:02:03.456+0000",
            [ResourceFields.Uri] = "http://127.0.0.1/api/v2" + ChatPath,
            [ResourceFields.Path] = ChatPath,
        };
        return new OutgoingNotification(Alice, Topics.Chats, data);
    }

    private static OutgoingNotification Error(OutgoingNotification error)
    {
        error.Data[NotificationFields.ErrorMessage] = NotificationFields.OperationFailedText;
        return error;
    }

    private static OutgoingNotification Sms()
    {
        var sms = Chat(NotificationTypes.StatusChange, InteractionStates.Chatting, 12, ["Complete"], [Customer()]);
        sms.Data[NotificationFields.MessageType] = MessageTypes.SmsSessionStateChange;
        return sms with { Topic = Topics.SmsSessions };
    }

    private static OutgoingNotification Im(string type, int referenceId) =>
        new(Alice, Topics.ImSessions, new JsonObject
        {
            [NotificationFields.MessageType] = MessageTypes.ImSessionStateChange,
            [NotificationFields.NotificationType] = type,
            [NotificationFields.ReferenceId] = referenceId,
            [MediaKind.ImSession.ResourceKey] = new JsonObject
            {
                [ResourceFields.Id] = "I1",
                [ResourceFields.State] = ImSessionStates.Talking,
                [ResourceFields.Capabilities] = new JsonArray("SendMessage", "Complete"),
                [ResourceFields.Participants] = new JsonArray(new JsonObject { [ResourceFields.PhoneNumber] = "5001", [ResourceFields.Digits] = "5001" }),
                [ResourceFields.Uri] = "http://127.0.0.1/api/v2/im-sessions/I1",
                [ResourceFields.Path] = "/im-sessions/I1",
            },
        });

    private static OutgoingNotification ImLog() =>
        new(Alice, Topics.ImSessions, new JsonObject
        {
            [NotificationFields.MessageType] = MessageTypes.ImLogUpdate,
            [NotificationFields.NotificationType] = NotificationTypes.NewMessage,
            [MediaKind.ImSession.LogPathField] = "/im-sessions/I1",
            [NotificationFields.Message] = "hello",
        });

    private static OutgoingNotification Log(MediaKind media, params (int Index, string Type, string From, string Visibility, string? Text)[] entries) =>
        new(Alice, Topics.Chats, new JsonObject
        {
            [NotificationFields.MessageType] = MessageTypes.MessageLogUpdated,
            [NotificationFields.NotificationType] = NotificationTypes.NewMessages,
            [NotificationFields.Messages] = new JsonArray([.. entries.Select(e =>
            {
                var entry = new JsonObject
                {
                    [MessageLogFields.Index] = e.Index,
                    [MessageLogFields.Type] = e.Type,
                    [MessageLogFields.From] = e.From == ParticipantTypes.Customer ? Customer() : Agent("Alice", Visibilities.All),
                    [MessageLogFields.Visibility] = e.Visibility,
                    [MessageLogFields.Timestamp] = "2026-11-30T01:02:03.456+0000",
                    [MessageLogFields.TimestampSeconds] = 1_796_000_523_456L,
                };
                if (e.Text is not null)
                {
                    entry[MessageLogFields.Text] = e.Text;
                }

                return (JsonNode)entry;
            })]),
            [media.LogUriField] = "http://127.0.0.1/api/v2" + ChatPath,
            [media.LogPathField] = ChatPath,
        });

    private static JsonObject Customer() => new()
    {
        [ResourceFields.Nickname] = "Pat",
        [ResourceFields.Type] = ParticipantTypes.Customer,
        [ResourceFields.ParticipantId] = "00000000000000A1",
        [ResourceFields.Visibility] = Visibilities.All,
    };

    private static JsonObject Agent(string nickname, string visibility) => new()
    {
        [ResourceFields.Nickname] = nickname,
        [ResourceFields.Type] = ParticipantTypes.Agent,
        [ResourceFields.ParticipantId] = "00000000000000B2",
        [ResourceFields.Visibility] = visibility,
    };
}
