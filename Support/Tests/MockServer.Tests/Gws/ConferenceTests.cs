using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>Invite and Consult ("Chat API: Invite", "SMS Session API: Invite"): conference, Agents visibility, the Error of a failed invite.</summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class ConferenceTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    private JsonObject Target(AgentClient agent) => _media == MediaKind.SmsSession
        ? new JsonObject { ["targetPath"] = $"/users/{agent.UserId}" }
        : new JsonObject { ["targetUri"] = $"http://localhost:8080/api/v2/users/{agent.UserId}" };

    [Test]
    public async Task Invite_then_accept_gives_the_inviter_ParticipantsUpdated_with_its_referenceId_and_16_capabilities()
    {
        await using var h = await MockHarness.StartAsync();
        var inviter = h.Agent("agent01");
        var invitee = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(_media, inviter);
        var mark = await h.MarkAsync();

        var invite = await inviter.OperateAsync(_media, id, Operations.Invite, Target(invitee));
        invite.StatusCode.Should().Be(0, invite.ToString());
        invite.ReferenceId.Should().NotBeNull();
        var offered = await h.ReceivedAsync(invitee, mark);
        Expect.Sequence(offered, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        (await h.ReceivedAsync(inviter, mark)).Should().BeEmpty("the inviter hears back once the invitee has joined");

        mark = await h.MarkAsync();
        (await invitee.OperateAsync(_media, id, Operations.Accept, new JsonObject { ["nickname"] = "BFriend" })).StatusCode.Should().Be(0);

        var toInviter = await h.ReceivedAsync(inviter, mark);
        Expect.Sequence(toInviter,
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        toInviter[0].ReferenceId.Should().Be(invite.ReferenceId);
        var resource = Expect.Resource(toInviter[0], _media.ResourceKey);
        Expect.Strings(resource["capabilities"]).Should().BeEquivalentTo(Capabilities.ChattingInConference);
        resource["participants"]!.AsArray().Should().HaveCount(3);
        var joined = toInviter[1].Data["messages"]![0]!;
        joined["type"]!.GetValue<string>().Should().Be(MessageLogEntryTypes.ParticipantJoined);
        joined["from"]!["nickname"]!.GetValue<string>().Should().Be("BFriend");
        joined["visibility"]!.GetValue<string>().Should().Be(Visibilities.All);
        (await h.CustomerTranscriptAsync(_media, id)).Should().Contain(e => e!["from"]!["nickname"]!.GetValue<string>() == "BFriend");
    }

    [Test]
    public async Task Inviting_an_agent_who_is_not_ready_gives_Error_with_the_referenceId_and_the_unchanged_session()
    {
        await using var h = await MockHarness.StartAsync();
        var inviter = h.Agent("agent01");
        var invitee = h.Agent("agent02");
        var id = await h.ChattingAsync(_media, inviter);
        var mark = await h.MarkAsync();

        var invite = await inviter.OperateAsync(_media, id, Operations.Invite, Target(invitee));

        invite.StatusCode.Should().Be(0);
        var received = await h.ReceivedAsync(inviter, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.Error));
        received[0].ReferenceId.Should().Be(invite.ReferenceId);
        var resource = Expect.Resource(received[0], _media.ResourceKey);
        resource["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
        resource["participants"]!.AsArray().Should().HaveCount(2);
        Expect.Strings(resource["capabilities"]).Should().BeEquivalentTo(Capabilities.Chatting);
        h.Recorder.Since(mark, invitee.UserId).Should().BeEmpty();
    }

    [Test]
    public async Task A_rejected_invitation_gives_the_inviter_Error_with_its_referenceId()
    {
        await using var h = await MockHarness.StartAsync();
        var inviter = h.Agent("agent01");
        var invitee = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(_media, inviter);
        var invite = await inviter.OperateAsync(_media, id, Operations.Consult, Target(invitee));
        var mark = await h.MarkAsync();

        (await invitee.OperateAsync(_media, id, Operations.Reject)).StatusCode.Should().Be(0);

        var received = await h.ReceivedAsync(inviter, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.Error));
        received[0].ReferenceId.Should().Be(invite.ReferenceId);
    }

    [Test]
    public async Task A_consultant_and_SendToAgents_stay_invisible_to_the_customer()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var consultant = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(_media, agent);
        (await agent.OperateAsync(_media, id, Operations.Consult, Target(consultant))).StatusCode.Should().Be(0);
        (await consultant.OperateAsync(_media, id, Operations.Accept, new JsonObject { ["nickname"] = "Expert" })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        (await agent.OperateAsync(_media, id, Operations.SendToAgents, new JsonObject { ["text"] = "psst" })).StatusCode.Should().Be(0);
        (await consultant.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = "advice" })).StatusCode.Should().Be(0);
        (await agent.OperateAsync(_media, id, Operations.SendStartTypingToAgentsNotification)).StatusCode.Should().Be(0);
        (await agent.OperateAsync(_media, id, Operations.SendCustomNoticeToAgents, new JsonObject { ["noticeText"] = "n" })).StatusCode.Should().Be(0);

        var toConsultant = await h.ReceivedAsync(consultant, mark);
        toConsultant.Should().HaveCount(4);
        toConsultant.Select(p => p.Data["messages"]![0]!["visibility"]!.GetValue<string>()).Should().OnlyContain(v => v == Visibilities.Agents);
        h.Recorder.Since(mark, agent.UserId).Should().HaveCount(4, "every agent of the conference receives what concerns it");
        var transcript = await h.CustomerTranscriptAsync(_media, id);
        transcript.Should().NotContain(e => e!["visibility"]!.GetValue<string>() == Visibilities.Agents);
        transcript.Should().NotContain(e => e!["from"]!["nickname"]!.GetValue<string>() == "Expert");
    }

    [Test]
    public async Task Leave_in_a_conference_completes_the_leaver_and_the_others_carry_on()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var other = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(_media, agent);
        (await agent.OperateAsync(_media, id, Operations.Invite, Target(other))).StatusCode.Should().Be(0);
        (await other.OperateAsync(_media, id, Operations.Accept, new JsonObject { ["nickname"] = "B" })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        var leave = await other.OperateAsync(_media, id, Operations.Leave);

        var toLeaver = await h.ReceivedAsync(other, mark);
        Expect.Sequence(toLeaver, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        toLeaver[0].ReferenceId.Should().Be(leave.ReferenceId);
        Expect.Resource(toLeaver[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Completed);
        var toStayer = h.Recorder.Since(mark, agent.UserId);
        Expect.Sequence(toStayer,
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        Expect.Strings(Expect.Resource(toStayer[0], _media.ResourceKey)["capabilities"]).Should().BeEquivalentTo(Capabilities.Chatting);
    }
}
