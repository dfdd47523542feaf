using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>
/// StartContactCenterSession (with statusCode 7 for a partial success), EndContactCenterSession,
/// Ready and NotReady per agent and per channel, and what readiness means for routing.
/// </summary>
public sealed class AgentSessionTests
{
    private static Task<Reply> Start(AgentClient agent, params string[] channels) =>
        agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray([.. channels.Select(c => (JsonNode)c)]) });

    private static async Task<IReadOnlyList<(string Channel, string State)>> ChannelsAsync(AgentClient agent) =>
        [.. (await agent.GetAsync($"{ApiPaths.Me}?subresources=*")).Json!["user"]!["channels"]!.AsArray()
            .Select(c => (c!["channel"]!.GetValue<string>(), c["userState"]!["state"]!.GetValue<string>()))];

    [Test]
    public async Task A_partly_unknown_channel_list_is_a_partial_success_with_a_result_per_channel()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var mark = await h.MarkAsync();

        var reply = await Start(agent, "chat", "telepathy");

        reply.StatusCode.Should().Be(GwsStatusCodes.PartialSuccess, reply.ToString());
        reply.Status.Should().Be(System.Net.HttpStatusCode.OK);
        reply.Json!["statusMessage"]!.GetValue<string>().Should().NotBeEmpty();
        reply.Json["channels"]!.AsArray().Select(c => (c!["channel"]!.GetValue<string>(), c["statusCode"]!.GetValue<int>()))
            .Should().Equal(("chat", 0), ("telepathy", GwsStatusCodes.InputValidationError));
        (await ChannelsAsync(agent)).Should().Equal(("chat", UserStates.NotReady));
        var received = await h.ReceivedAsync(agent, mark);
        received.Should().ContainSingle().Which.Data["channels"]![0]!["channel"]!.GetValue<string>().Should().Be("chat");

        (await Start(h.Agent("agent02"), "telepathy")).StatusCode.Should().Be(GwsStatusCodes.InputValidationError, "nothing could be logged in");
        (await h.Agent("agent03").MeAsync(Operations.StartContactCenterSession)).StatusCode.Should().Be(GwsStatusCodes.ParameterMissing);
        (await h.Agent("agent03").MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = "chat" }))
            .StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
    }

    [Test]
    public async Task Ready_and_NotReady_per_agent_and_per_channel_announce_each_changed_channel()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        (await Start(agent, "chat", "smssession")).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        (await agent.MeAsync(Operations.Ready)).StatusCode.Should().Be(0);
        var ready = await h.ReceivedAsync(agent, mark);
        ready.Select(p => (p.Data["channels"]![0]!["channel"]!.GetValue<string>(), p.Data["channels"]![0]!["userState"]!["state"]!.GetValue<string>()))
            .Should().BeEquivalentTo(new[] { ("chat", UserStates.Ready), ("smssession", UserStates.Ready) });
        ready.Should().OnlyContain(p => p.Channel == Topics.Channels && p.MessageType == MessageTypes.ChannelStateChange);

        mark = await h.MarkAsync();
        (await agent.PostAsync($"{ApiPaths.MeChannels}/chat", new JsonObject { ["operationName"] = Operations.NotReady })).StatusCode.Should().Be(0);
        var notReady = (await h.ReceivedAsync(agent, mark)).Should().ContainSingle().Subject.Data["channels"]![0]!;
        notReady["userState"]!["displayName"]!.GetValue<string>().Should().Be(UserStates.NotReadyDisplayName);
        notReady["userState"]!["id"]!.GetValue<string>().Should().Be(UserStates.NotReadyId);
        (await ChannelsAsync(agent)).Should().BeEquivalentTo(new[] { ("chat", UserStates.NotReady), ("smssession", UserStates.Ready) });

        (await agent.PostAsync($"{ApiPaths.MeChannels}/email", new JsonObject { ["operationName"] = Operations.Ready }))
            .StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState, "email is not logged in");
        (await agent.MeAsync(Operations.EndContactCenterSession)).StatusCode.Should().Be(0);
        (await ChannelsAsync(agent)).Should().BeEmpty();
        (await agent.MeAsync(Operations.NotReady)).StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);
    }

    [Test]
    public async Task An_agent_NotReady_on_chat_gets_no_chat_from_a_queue_until_it_is_Ready_again()
    {
        await using var h = await MockHarness.StartAsync();
        var agent01 = await h.ReadyAgentAsync("agent01");
        var agent02 = h.Agent("agent02");
        (await agent01.PostAsync($"{ApiPaths.MeChannels}/chat", new JsonObject { ["operationName"] = Operations.NotReady })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        var offer = await h.ControlPostAsync(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment), new JsonObject { [MockControlFields.Queue] = "chat-queue-small" });

        offer.Json![MockControlFields.WaitingInQueue]!.GetValue<string>().Should().Be("chat-queue-small", "agent01 is NotReady on chat and agent02 has no session");
        (await h.ReceivedAsync(agent01, mark)).Should().BeEmpty();

        (await agent01.PostAsync($"{ApiPaths.MeChannels}/chat", new JsonObject { ["operationName"] = Operations.Ready })).StatusCode.Should().Be(0);

        var received = await h.ReceivedAsync(agent01, mark);
        received.Select(p => p.MessageType).Should().Equal(MessageTypes.ChannelStateChange, MessageTypes.ChatStateChange);
        Expect.Resource(received[1], "chat")["state"]!.GetValue<string>().Should().Be(InteractionStates.Invited);
        h.Recorder.Since(mark, agent02.UserId).Should().BeEmpty();
    }
}
