using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>RemoveParticipantFromConference (Chat API, a draft page): chat only.</summary>
public sealed class RemoveParticipantTests
{
    [Test]
    public async Task Removing_an_agent_completes_it_and_tells_the_others_with_an_agents_only_Notice()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var other = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(MediaKind.Chat, agent);
        var uri = new JsonObject { [Parameters.TargetUri] = $"http://localhost:8080/api/v2/users/{other.UserId}" };
        (await agent.OperateAsync(MediaKind.Chat, id, Operations.Invite, uri)).StatusCode.Should().Be(0);
        (await other.OperateAsync(MediaKind.Chat, id, Operations.Accept, new JsonObject { ["nickname"] = "B" })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        var remove = await agent.OperateAsync(MediaKind.Chat, id, Operations.RemoveParticipantFromConference, uri.DeepClone().AsObject());

        remove.StatusCode.Should().Be(0, remove.ToString());
        var toRemover = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(toRemover,
            (MessageTypes.ChatStateChange, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        toRemover[0].ReferenceId.Should().Be(remove.ReferenceId);
        var notice = toRemover[1].Data["messages"]![0]!;
        notice["type"]!.GetValue<string>().Should().Be(MessageLogEntryTypes.Notice);
        notice["visibility"]!.GetValue<string>().Should().Be(Visibilities.Agents);
        notice["text"]!.GetValue<string>().Should().Be(NoticeTexts.RemoveParticipantFromConference + other.UserId);
        var toRemoved = h.Recorder.Since(mark, other.UserId);
        Expect.Sequence(toRemoved, (MessageTypes.ChatStateChange, NotificationTypes.StatusChange));
        Expect.Resource(toRemoved[0], "chat")["state"]!.GetValue<string>().Should().Be(InteractionStates.Completed);
        (await h.CustomerTranscriptAsync(MediaKind.Chat, id)).Should().NotContain(e => e!["type"]!.GetValue<string>() == MessageLogEntryTypes.Notice);
    }

    [Test]
    public async Task Removal_is_refused_outside_a_conference_for_a_stranger_and_on_SMS()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var other = h.Agent("agent02");
        var uri = new JsonObject { [Parameters.TargetUri] = $"http://localhost:8080/api/v2/users/{other.UserId}" };
        var chat = await h.ChattingAsync(MediaKind.Chat, agent);
        var sms = await h.ChattingAsync(MediaKind.SmsSession, agent);

        (await agent.OperateAsync(MediaKind.Chat, chat, Operations.RemoveParticipantFromConference, uri)).StatusCode
            .Should().Be(GwsStatusCodes.ParameterInvalidForState);
        (await agent.OperateAsync(MediaKind.Chat, chat, Operations.RemoveParticipantFromConference)).StatusCode
            .Should().Be(GwsStatusCodes.ParameterMissing);
        (await agent.OperateAsync(MediaKind.SmsSession, sms, Operations.RemoveParticipantFromConference, uri)).StatusCode
            .Should().Be(GwsStatusCodes.InputValidationError);
    }
}
