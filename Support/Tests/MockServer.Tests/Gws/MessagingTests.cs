using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>Messages, typing, URLs and notices: one MessageLogUpdated with the new entry ("Chat API: SendMessage" and its siblings).</summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class MessagingTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    private static IEnumerable<TestCaseData> EntryOperations()
    {
        yield return new TestCaseData(Operations.SendMessage, new JsonObject { ["text"] = "Hi" }, MessageLogEntryTypes.Text, "text", "Hi");
        yield return new TestCaseData(Operations.SendStartTypingNotification, new JsonObject(), MessageLogEntryTypes.TypingStarted, null, null);
        yield return new TestCaseData(Operations.SendStopTypingNotification, new JsonObject(), MessageLogEntryTypes.TypingStopped, null, null);
        yield return new TestCaseData(Operations.SendUrl, new JsonObject { ["url"] = "http://www.genesys.com" }, MessageLogEntryTypes.PushUrl, "url", "http://www.genesys.com");
        yield return new TestCaseData(Operations.SendCustomNotice, new JsonObject { ["noticeText"] = "Note" }, MessageLogEntryTypes.CustomNotice, "noticeText", "Note");
    }

    [TestCaseSource(nameof(EntryOperations))]
    public async Task An_entry_for_all_reaches_the_agent_and_the_customer(string operation, JsonObject parameters, string type, string? field, string? value)
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, operation, parameters);

        reply.StatusCode.Should().Be(0, reply.ToString());
        reply.ReferenceId.Should().NotBeNull();
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        var entry = received[0].Data["messages"]!.AsArray().Single()!;
        entry["type"]!.GetValue<string>().Should().Be(type);
        entry["visibility"]!.GetValue<string>().Should().Be(Visibilities.All);
        entry["from"]!["type"]!.GetValue<string>().Should().Be(ParticipantTypes.Agent);
        if (field is not null)
        {
            entry[field]!.GetValue<string>().Should().Be(value);
        }

        var transcript = await h.CustomerTranscriptAsync(_media, id);
        transcript.Last()!["index"]!.GetValue<int>().Should().Be(entry["index"]!.GetValue<int>());
    }

    [Test]
    public async Task Indices_increase_per_interaction_and_the_messages_resource_pages_them()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent, text: "first");
        for (var i = 0; i < 3; i++)
        {
            (await agent.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = $"m{i}" })).StatusCode.Should().Be(0);
        }

        var all = await agent.GetAsync($"{_media.MeCollectionPath}/{id}/messages");
        all.StatusCode.Should().Be(0, all.ToString());
        var indices = all.Json!["messages"]!.AsArray().Select(m => m!["index"]!.GetValue<int>()).ToList();
        indices.Should().Equal(1, 2, 3, 4, 5, 6);

        var page = await agent.GetAsync($"{_media.MeCollectionPath}/{id}/messages?startIndex=3&count=2");
        page.Json!["messages"]!.AsArray().Select(m => m!["index"]!.GetValue<int>()).Should().Equal(3, 4);

        var bad = await agent.GetAsync($"{_media.MeCollectionPath}/{id}/messages?count=none");
        bad.StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
    }

    [Test]
    public async Task The_customer_side_reaches_the_agent_as_log_entries()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        (await h.ControlPostAsync(MockControlRoutes.CustomerTypingStarted(_media.CollectionSegment, id))).StatusCode.Should().Be(0);
        (await h.ControlPostAsync(MockControlRoutes.CustomerMessages(_media.CollectionSegment, id), new JsonObject { [MockControlFields.Text] = "Where is my order?" })).StatusCode.Should().Be(0);
        (await h.ControlPostAsync(MockControlRoutes.CustomerTypingStopped(_media.CollectionSegment, id))).StatusCode.Should().Be(0);

        var received = await h.ReceivedAsync(agent, mark);
        received.Select(p => p.Data["messages"]![0]!["type"]!.GetValue<string>()).Should().Equal(
            MessageLogEntryTypes.TypingStarted, MessageLogEntryTypes.Text, MessageLogEntryTypes.TypingStopped);
        received.Should().OnlyContain(p => p.Data["messages"]![0]!["from"]!["type"]!.GetValue<string>() == ParticipantTypes.Customer);
    }

    [Test]
    public async Task The_customer_leaving_updates_participants_then_logs_ParticipantLeft()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        (await h.ControlPostAsync(MockControlRoutes.CustomerLeave(_media.CollectionSegment, id))).StatusCode.Should().Be(0);

        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received,
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        Expect.Resource(received[0], _media.ResourceKey)["participants"]!.AsArray()
            .Should().OnlyContain(p => p!["type"]!.GetValue<string>() == ParticipantTypes.Agent);
        received[1].Data["messages"]![0]!["type"]!.GetValue<string>().Should().Be(MessageLogEntryTypes.ParticipantLeft);
        (await h.ControlPostAsync(MockControlRoutes.CustomerMessages(_media.CollectionSegment, id), new JsonObject { [MockControlFields.Text] = "late" }))
            .StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);
    }
}
