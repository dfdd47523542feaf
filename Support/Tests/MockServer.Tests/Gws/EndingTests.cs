using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>Complete, Leave and Transfer ("Chat API: Complete", "Chat API: Leave", "Chat API: Transfer"; docs/inferences.md#leave-in-conference).</summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class EndingTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    [Test]
    public async Task Complete_gives_StatusChange_Completed_with_the_referenceId_and_ends_the_customer_session()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, Operations.Complete);

        reply.StatusCode.Should().Be(0, reply.ToString());
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        received[0].ReferenceId.Should().Be(reply.ReferenceId);
        Expect.Resource(received[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Completed);
        var transcript = await h.ControlGetAsync(MockControlRoutes.CustomerTranscript(_media.CollectionSegment, id));
        transcript.Json![MockControlFields.CustomerPresent]!.GetValue<bool>().Should().BeFalse();
        (await agent.GetAsync($"{_media.MeCollectionPath}?fields=*")).Json![_media.CollectionKey]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Complete_with_a_queueName_offers_the_session_to_a_ready_agent_of_that_queue()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent03");
        var next = await h.ReadyAgentAsync("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var queue = _media == MediaKind.Chat ? "chat-queue-small" : "sms-queue";
        var mark = await h.MarkAsync();

        (await agent.OperateAsync(_media, id, Operations.Complete, new JsonObject { ["queueName"] = queue })).StatusCode.Should().Be(0);

        var received = await h.ReceivedAsync(next, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        Expect.Resource(received[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Invited);
    }

    [Test]
    public async Task Leave_alone_gives_LeftChat_then_ParticipantLeft_and_Complete_remains_possible()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, Operations.Leave);

        reply.StatusCode.Should().Be(0, reply.ToString());
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received,
            (_media.StateChangeMessageType, NotificationTypes.StatusChange),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        received[0].ReferenceId.Should().Be(reply.ReferenceId);
        var resource = Expect.Resource(received[0], _media.ResourceKey);
        resource["state"]!.GetValue<string>().Should().Be(InteractionStates.LeftChat);
        Expect.Strings(resource["capabilities"]).Should().BeEquivalentTo(Capabilities.LeftChat);
        received[1].Data["messages"]![0]!["type"]!.GetValue<string>().Should().Be(MessageLogEntryTypes.ParticipantLeft);

        (await agent.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = "x" }))
            .StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);
        (await agent.OperateAsync(_media, id, Operations.Complete)).StatusCode.Should().Be(0);
    }

    [Test]
    public async Task Transfer_to_a_ready_agent_completes_the_sender_and_invites_the_target()
    {
        await using var h = await MockHarness.StartAsync();
        var sender = h.Agent("agent01");
        var target = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(_media, sender);
        var mark = await h.MarkAsync();

        var reply = await sender.OperateAsync(_media, id, Operations.Transfer,
            new JsonObject { ["targetUri"] = $"{h.Server.BaseAddress}api/v2/users/{target.UserId}" });

        reply.StatusCode.Should().Be(0, reply.ToString());
        var toSender = await h.ReceivedAsync(sender, mark);
        Expect.Sequence(toSender, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        toSender[0].ReferenceId.Should().Be(reply.ReferenceId);
        Expect.Resource(toSender[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Completed);
        var toTarget = h.Recorder.Since(mark, target.UserId);
        Expect.Sequence(toTarget, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        Expect.Resource(toTarget[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Invited);

        mark = await h.MarkAsync();
        (await target.OperateAsync(_media, id, Operations.Accept, new JsonObject { ["nickname"] = "B" })).StatusCode.Should().Be(0);
        var history = (await h.ReceivedAsync(target, mark))[2].Data["messages"]!.AsArray();
        history.Select(m => m!["type"]!.GetValue<string>()).Should().Equal(
            MessageLogEntryTypes.ParticipantJoined, MessageLogEntryTypes.ParticipantJoined,
            MessageLogEntryTypes.ParticipantLeft, MessageLogEntryTypes.ParticipantJoined);
    }

    [Test]
    public async Task Transfer_to_an_agent_who_is_not_ready_gives_Error_with_the_unchanged_session()
    {
        await using var h = await MockHarness.StartAsync();
        var sender = h.Agent("agent01");
        var target = h.Agent("agent02");
        var id = await h.ChattingAsync(_media, sender);
        var mark = await h.MarkAsync();

        var reply = await sender.OperateAsync(_media, id, Operations.Transfer, new JsonObject { ["targetUri"] = $"/users/{target.UserId}" });

        reply.StatusCode.Should().Be(0, reply.ToString());
        var received = await h.ReceivedAsync(sender, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.Error));
        received[0].ReferenceId.Should().Be(reply.ReferenceId);
        received[0].Data["errorMessage"]!.GetValue<string>().Should().NotBeEmpty();
        Expect.Resource(received[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
        h.Recorder.Since(mark, target.UserId).Should().BeEmpty();
    }
}
