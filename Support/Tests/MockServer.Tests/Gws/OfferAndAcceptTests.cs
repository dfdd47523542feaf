using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>An offer reaches the agent as Invited; Accept gives the documented three notifications ("Chat API: Accept"; docs/inferences.md#offer-invited).</summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class OfferAndAcceptTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    [Test]
    public async Task An_offer_is_a_StatusChange_to_Invited_with_Accept_and_Reject_and_no_referenceId()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var mark = await h.MarkAsync();

        var id = await h.OfferAsync(_media, agent, text: "Hello", userData: new JsonObject { ["Subject"] = "Help" });

        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        received[0].Channel.Should().Be(_media.Topic);
        received[0].ReferenceId.Should().BeNull();
        var resource = Expect.Resource(received[0], _media.ResourceKey);
        resource["id"]!.GetValue<string>().Should().Be(id);
        resource["state"]!.GetValue<string>().Should().Be(InteractionStates.Invited);
        Expect.Strings(resource["capabilities"]).Should().Equal(Operations.Accept, Operations.Reject);
        resource["userData"]!["Subject"]!.GetValue<string>().Should().Be("Help");
        resource["uri"]!.GetValue<string>().Should().Be($"{h.Server.BaseAddress}api/v2/{_media.CollectionSegment}/{id}");
    }

    [Test]
    public async Task Accept_answers_a_referenceId_then_StatusChange_ParticipantsUpdated_and_the_history()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.OfferAsync(_media, agent, text: "Hello World");
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, Operations.Accept, new JsonObject { ["nickname"] = "Marat", ["saveLAR"] = true });

        reply.StatusCode.Should().Be(0, reply.ToString());
        reply.ReferenceId.Should().NotBeNull();
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received,
            (_media.StateChangeMessageType, NotificationTypes.StatusChange),
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        received[0].ReferenceId.Should().Be(reply.ReferenceId);
        received[1].ReferenceId.Should().BeNull();
        received[2].ReferenceId.Should().BeNull();

        var chatting = Expect.Resource(received[0], _media.ResourceKey);
        chatting["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
        Expect.Strings(chatting["capabilities"]).Should().BeEquivalentTo(Capabilities.Chatting);
        chatting["participants"]!.AsArray().Should().BeEmpty("the documented StatusChange carries participants []");

        var participants = Expect.Resource(received[1], _media.ResourceKey)["participants"]!.AsArray();
        participants.Select(p => (p!["type"]!.GetValue<string>(), p["nickname"]!.GetValue<string>()))
            .Should().Equal((ParticipantTypes.Customer, "Pat"), (ParticipantTypes.Agent, "Marat"));

        var log = received[2].Data;
        log[_media.LogUriField]!.GetValue<string>().Should().EndWith($"/api/v2/{_media.CollectionSegment}/{id}");
        var messages = log["messages"]!.AsArray();
        messages.Select(m => m!["type"]!.GetValue<string>()).Should().Equal(
            MessageLogEntryTypes.ParticipantJoined, MessageLogEntryTypes.Text, MessageLogEntryTypes.ParticipantJoined);
        messages.Select(m => m!["index"]!.GetValue<int>()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        messages[1]!["text"]!.GetValue<string>().Should().Be("Hello World");
        var first = messages[0]!;
        first["timestamp"]!.GetValue<string>().Should().MatchRegex(MessageLogFields.TimestampPattern);
        var millis = first["timestampSeconds"]!.GetValue<long>();
        DateTimeOffset.FromUnixTimeMilliseconds(millis).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
    }

    [Test]
    public async Task Reject_completes_the_agents_view_with_the_referenceId()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.OfferAsync(_media, agent);
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, Operations.Reject);

        reply.StatusCode.Should().Be(0, reply.ToString());
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        received[0].ReferenceId.Should().Be(reply.ReferenceId);
        var resource = Expect.Resource(received[0], _media.ResourceKey);
        resource["state"]!.GetValue<string>().Should().Be(InteractionStates.Completed);
        resource["participants"]!.AsArray().Should().BeEmpty();
        resource["capabilities"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task A_queue_offer_goes_to_a_ready_agent_and_waits_while_none_is_ready()
    {
        await using var h = await MockHarness.StartAsync();
        var queue = _media == MediaKind.Chat ? "chat-queue-small" : "sms-queue";
        var offer = await h.ControlPostAsync(MockControlRoutes.Offers(_media.CollectionSegment), new JsonObject { [MockControlFields.Queue] = queue });
        offer.StatusCode.Should().Be(0, offer.ToString());
        offer.Json![MockControlFields.OfferedTo].Should().BeNull();
        offer.Json[MockControlFields.WaitingInQueue]!.GetValue<string>().Should().Be(queue);
        var mark = await h.MarkAsync();

        var agent = await h.ReadyAgentAsync("agent02");

        var received = (await h.ReceivedAsync(agent, mark)).Where(p => p.Channel == _media.Topic).ToList();
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        Expect.Resource(received[0], _media.ResourceKey)["id"]!.GetValue<string>().Should().Be(offer.Json[MockControlFields.InteractionId]!.GetValue<string>());
    }

    [Test]
    public async Task A_rejected_queue_offer_goes_to_the_next_ready_agent()
    {
        await using var h = await MockHarness.StartAsync();
        var first = await h.ReadyAgentAsync("agent01");
        var second = await h.ReadyAgentAsync("agent02");
        var queue = _media == MediaKind.Chat ? "chat-queue-small" : "sms-queue";
        var offer = await h.ControlPostAsync(MockControlRoutes.Offers(_media.CollectionSegment), new JsonObject { [MockControlFields.Queue] = queue });
        var id = offer.Json![MockControlFields.InteractionId]!.GetValue<string>();
        var offeredTo = offer.Json[MockControlFields.OfferedTo]!.GetValue<string>();
        var (taker, other) = offeredTo == first.UserId ? (first, second) : (second, first);
        var mark = await h.MarkAsync();

        (await taker.OperateAsync(_media, id, Operations.Reject)).StatusCode.Should().Be(0);

        var received = await h.ReceivedAsync(other, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        Expect.Resource(received[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Invited);
    }
}
