using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>
/// Supervision (Chat API: Monitor, Coach, Barge In, Cancel Supervisor Monitoring, Intrude, Switch To
/// Monitor; the SMS Session API twins): who joins when, who sees whom, Revoked, and the refusals.
/// </summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class SupervisionTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    private Task<Reply> Supervise(AgentClient supervisor, AgentClient agent, string operation, JsonObject? parameters = null)
    {
        var body = new JsonObject { [Parameters.OperationName] = operation };
        foreach (var (name, value) in parameters ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return supervisor.PostAsync(SupervisorProtocol.ChannelPath(agent.UserId, _media.AgentChannel), body);
    }

    private Task<Reply> Intrude(AgentClient supervisor, AgentClient agent, string id, string? mode)
    {
        var body = new JsonObject { [Parameters.OperationName] = Operations.Intrude };
        if (mode is not null)
        {
            body[SupervisorProtocol.VisibilityModeParameter] = mode;
        }

        return supervisor.PostAsync(SupervisorProtocol.InteractionPath(agent.UserId, _media, id), body);
    }

    private static string Nickname(JsonNode? node) => node!["nickname"]!.GetValue<string>();

    private static JsonObject? ParticipantNamed(JsonObject resource, string nickname) =>
        resource["participants"]!.AsArray().OfType<JsonObject>().FirstOrDefault(p => Nickname(p) == nickname);

    private async Task<(AgentClient Supervisor, AgentClient Agent, string Id)> SupervisedChatAsync(MockHarness h, string mode, string? scope = null)
    {
        var supervisor = h.Agent("supervisor01");
        var agent = await h.ReadyAgentAsync("agent01");
        var parameters = new JsonObject { [Parameters.Nickname] = "Boss" };
        if (scope is not null)
        {
            parameters[SupervisorProtocol.MonitoringModeParameter] = scope;
        }

        var reply = await Supervise(supervisor, agent, mode, parameters);
        reply.StatusCode.Should().Be(0, reply.ToString());
        var id = await h.ChattingAsync(_media, agent);
        return (supervisor, agent, id);
    }

    [Test]
    public async Task A_monitoring_supervisor_joins_when_the_agent_accepts_and_only_supervisors_see_it()
    {
        await using var h = await MockHarness.StartAsync();
        var supervisor = h.Agent("supervisor01");
        var agent = await h.ReadyAgentAsync("agent01");
        (await Supervise(supervisor, agent, Operations.Monitor)).StatusCode.Should().Be(0);
        var offered = await h.OfferAsync(_media, agent);
        var mark = await h.MarkAsync();

        (await agent.OperateAsync(_media, offered, Operations.Accept, new JsonObject { [Parameters.Nickname] = "Alice" })).StatusCode.Should().Be(0);

        var toSupervisor = await h.ReceivedAsync(supervisor, mark);
        Expect.Sequence(toSupervisor,
            (_media.StateChangeMessageType, NotificationTypes.StatusChange),
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        Expect.Resource(toSupervisor[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
        var seen = Expect.Resource(toSupervisor[1], _media.ResourceKey);
        ParticipantNamed(seen, "supervisor01")!["visibility"]!.GetValue<string>().Should().Be(Visibilities.Supervisors, "the nickname defaults to the user name");
        Expect.Strings(seen["capabilities"]).Should().Contain([Operations.SwitchToCoach, SupervisorProtocol.SwitchBargeInCapability]).And.NotContain(Operations.Complete);
        toSupervisor[2].Data["messages"]!.AsArray().Should().Contain(e => e!["type"]!.GetValue<string>() == MessageLogEntryTypes.ParticipantJoined
            && Nickname(e["from"]) == "supervisor01" && e["visibility"]!.GetValue<string>() == Visibilities.Supervisors);

        var toAgent = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(toAgent,
            (_media.StateChangeMessageType, NotificationTypes.StatusChange),
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        ParticipantNamed(Expect.Resource(toAgent[1], _media.ResourceKey), "supervisor01").Should().BeNull();
        Expect.Strings(Expect.Resource(toAgent[1], _media.ResourceKey)["capabilities"]).Should().BeEquivalentTo(Capabilities.Chatting);
        (await h.CustomerTranscriptAsync(_media, offered)).Should().NotContain(e => Nickname(e!["from"]) == "supervisor01");
    }

    [Test]
    public async Task A_monitoring_supervisors_messages_reach_supervisors_only()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, agent, id) = await SupervisedChatAsync(h, Operations.Monitor);
        var mark = await h.MarkAsync();

        (await supervisor.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { [Parameters.Text] = "psst" })).StatusCode.Should().Be(0);

        var toSupervisor = await h.ReceivedAsync(supervisor, mark);
        toSupervisor.Single().Data["messages"]![0]!["visibility"]!.GetValue<string>().Should().Be(Visibilities.Supervisors);
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty();
        (await h.CustomerTranscriptAsync(_media, id)).Should().NotContain(e => e!["text"] != null && e["text"]!.GetValue<string>() == "psst");
    }

    [Test]
    public async Task A_coach_is_seen_by_the_agent_and_not_by_the_customer()
    {
        await using var h = await MockHarness.StartAsync();
        var supervisor = h.Agent("supervisor01");
        var agent = await h.ReadyAgentAsync("agent01");
        (await Supervise(supervisor, agent, Operations.Coach, new JsonObject { [Parameters.Nickname] = "Coach" })).StatusCode.Should().Be(0);
        var id = await h.OfferAsync(_media, agent);
        var mark = await h.MarkAsync();
        (await agent.OperateAsync(_media, id, Operations.Accept, new JsonObject { [Parameters.Nickname] = "Alice" })).StatusCode.Should().Be(0);

        var toAgent = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(toAgent,
            (_media.StateChangeMessageType, NotificationTypes.StatusChange),
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages),
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        ParticipantNamed(Expect.Resource(toAgent[3], _media.ResourceKey), "Coach")!["visibility"]!.GetValue<string>().Should().Be(Visibilities.Agents);

        mark = await h.MarkAsync();
        (await supervisor.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { [Parameters.Text] = "ask for the order number" })).StatusCode.Should().Be(0);
        (await h.ReceivedAsync(agent, mark)).Single().Data["messages"]![0]!["visibility"]!.GetValue<string>().Should().Be(Visibilities.Agents);
        (await h.CustomerTranscriptAsync(_media, id)).Should().NotContain(e => Nickname(e!["from"]) == "Coach");
    }

    [Test]
    public async Task Barging_in_is_seen_by_everyone_the_customer_included()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, _, id) = await SupervisedChatAsync(h, Operations.BargeIn);
        (await supervisor.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { [Parameters.Text] = "Hello, I am the supervisor" })).StatusCode.Should().Be(0);

        var transcript = await h.CustomerTranscriptAsync(_media, id);
        transcript.Should().Contain(e => Nickname(e!["from"]) == "Boss" && e["type"]!.GetValue<string>() == MessageLogEntryTypes.ParticipantJoined);
        transcript.Should().Contain(e => Nickname(e!["from"]) == "Boss" && e["type"]!.GetValue<string>() == MessageLogEntryTypes.Text);
    }

    [Test]
    public async Task NextChat_joins_one_chat_and_AllChats_every_one()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, agent, _) = await SupervisedChatAsync(h, Operations.Monitor, SupervisorProtocol.NextChat);
        var mark = await h.MarkAsync();
        await h.ChattingAsync(_media, agent);
        (await h.ReceivedAsync(supervisor, mark)).Should().BeEmpty("NextChat covered the first chat only");

        (await Supervise(supervisor, agent, Operations.Monitor, new JsonObject { [SupervisorProtocol.MonitoringModeParameter] = SupervisorProtocol.AllChats })).StatusCode.Should().Be(0);
        await h.ChattingAsync(_media, agent);
        await h.ChattingAsync(_media, agent);
        (await h.ReceivedAsync(supervisor, mark)).Count(p => p.NotificationType == NotificationTypes.StatusChange).Should().Be(2);
    }

    [Test]
    public async Task The_supervisors_copy_is_Revoked_when_the_agent_completes()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, agent, id) = await SupervisedChatAsync(h, Operations.Monitor);
        var mark = await h.MarkAsync();

        (await agent.OperateAsync(_media, id, Operations.Complete)).StatusCode.Should().Be(0);

        var toSupervisor = await h.ReceivedAsync(supervisor, mark);
        Expect.Sequence(toSupervisor, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        Expect.Resource(toSupervisor[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Revoked);
    }

    [Test]
    public async Task The_supervisors_copy_is_Revoked_when_the_agent_leaves_alone()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, agent, id) = await SupervisedChatAsync(h, Operations.Coach);
        var mark = await h.MarkAsync();

        (await agent.OperateAsync(_media, id, Operations.Leave)).StatusCode.Should().Be(0);

        var toAgent = await h.ReceivedAsync(agent, mark);
        Expect.Resource(toAgent[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.LeftChat, "a supervisor does not make a conference");
        var last = (await h.ReceivedAsync(supervisor, mark))[^1];
        Expect.Resource(last, _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Revoked);
    }

    [Test]
    public async Task Monitoring_continues_when_the_monitored_agent_leaves_and_another_agent_stays()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, agent, id) = await SupervisedChatAsync(h, Operations.Monitor);
        var other = await h.ReadyAgentAsync("agent02");
        var target = _media == MediaKind.SmsSession
            ? new JsonObject { [Parameters.TargetPath] = $"/users/{other.UserId}" }
            : new JsonObject { [Parameters.TargetUri] = $"http://localhost/api/v2/users/{other.UserId}" };
        (await agent.OperateAsync(_media, id, Operations.Invite, target)).StatusCode.Should().Be(0);
        (await other.OperateAsync(_media, id, Operations.Accept, new JsonObject { [Parameters.Nickname] = "Bob" })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        (await agent.OperateAsync(_media, id, Operations.Leave)).StatusCode.Should().Be(0);

        var toSupervisor = await h.ReceivedAsync(supervisor, mark);
        Expect.Sequence(toSupervisor,
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        Expect.Resource(toSupervisor[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
    }

    [Test]
    public async Task Cancelling_monitoring_keeps_the_joined_chat_and_stops_the_next_one()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, agent, id) = await SupervisedChatAsync(h, Operations.Monitor);
        var mark = await h.MarkAsync();

        (await Supervise(supervisor, agent, Operations.CancelSupervisorMonitoring)).StatusCode.Should().Be(0);
        await h.ChattingAsync(_media, agent);

        (await h.ReceivedAsync(supervisor, mark)).Should().BeEmpty();
        var item = await supervisor.GetAsync($"{_media.MeCollectionPath}/{id}");
        Expect.Resource(new Published("", "", item.Json!), _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
        (await Supervise(supervisor, agent, Operations.CancelSupervisorMonitoring)).StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);

        mark = await h.MarkAsync();
        (await supervisor.OperateAsync(_media, id, Operations.Leave)).StatusCode.Should().Be(0);
        var left = await h.ReceivedAsync(supervisor, mark);
        Expect.Resource(left.Single(), _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Completed);
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty("the agent never saw the monitoring supervisor");
    }

    [Test]
    public async Task Intrude_invites_the_supervisor_who_then_accepts_like_an_agent()
    {
        await using var h = await MockHarness.StartAsync();
        var supervisor = h.Agent("supervisor01");
        var agent = await h.ReadyAgentAsync("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        var intrude = await Intrude(supervisor, agent, id, SupervisorProtocol.BargeIn);

        intrude.StatusCode.Should().Be(0, intrude.ToString());
        var invited = await h.ReceivedAsync(supervisor, mark);
        Expect.Sequence(invited, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        invited[0].ReferenceId.Should().Be(intrude.ReferenceId);
        var resource = Expect.Resource(invited[0], _media.ResourceKey);
        resource["state"]!.GetValue<string>().Should().Be(InteractionStates.Invited);
        Expect.Strings(resource["capabilities"]).Should().BeEquivalentTo(Capabilities.Invited);
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty();

        mark = await h.MarkAsync();
        var accept = await supervisor.OperateAsync(_media, id, Operations.Accept, new JsonObject { [Parameters.Nickname] = "Boss" });
        accept.StatusCode.Should().Be(0);
        var joined = await h.ReceivedAsync(supervisor, mark);
        joined[0].ReferenceId.Should().Be(accept.ReferenceId);
        Expect.Resource(joined[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
        ParticipantNamed(Expect.Resource(joined[1], _media.ResourceKey), "Boss")!["visibility"]!.GetValue<string>().Should().Be(Visibilities.All);
        (await h.CustomerTranscriptAsync(_media, id)).Should().Contain(e => Nickname(e!["from"]) == "Boss");
    }

    [Test]
    public async Task Intrude_without_a_mode_takes_the_monitoring_mode_and_is_refused_without_one()
    {
        await using var h = await MockHarness.StartAsync();
        var supervisor = h.Agent("supervisor01");
        var agent = await h.ReadyAgentAsync("agent01");
        var id = await h.ChattingAsync(_media, agent);

        var refused = await Intrude(supervisor, agent, id, mode: null);
        refused.StatusCode.Should().Be(GwsStatusCodes.ParameterMissing, refused.ToString());

        (await Supervise(supervisor, agent, Operations.Coach)).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();
        (await Intrude(supervisor, agent, id, mode: null)).StatusCode.Should().Be(0);
        (await supervisor.OperateAsync(_media, id, Operations.Accept, new JsonObject { [Parameters.Nickname] = "Boss" })).StatusCode.Should().Be(0);
        var seen = (await h.ReceivedAsync(supervisor, mark)).First(p => p.NotificationType == NotificationTypes.ParticipantsUpdated);
        ParticipantNamed(Expect.Resource(seen, _media.ResourceKey), "Boss")!["visibility"]!.GetValue<string>().Should().Be(Visibilities.Agents);
    }

    [Test]
    public async Task Switching_changes_the_supervisors_visibility_for_everyone()
    {
        await using var h = await MockHarness.StartAsync();
        var (supervisor, agent, id) = await SupervisedChatAsync(h, Operations.Monitor);
        var mark = await h.MarkAsync();

        var reply = await supervisor.OperateAsync(_media, id, Operations.SwitchToBargeIn);

        reply.StatusCode.Should().Be(0, reply.ToString());
        var toSupervisor = await h.ReceivedAsync(supervisor, mark);
        Expect.Sequence(toSupervisor,
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        toSupervisor[0].ReferenceId.Should().Be(reply.ReferenceId);
        var resource = Expect.Resource(toSupervisor[0], _media.ResourceKey);
        ParticipantNamed(resource, "Boss")!["visibility"]!.GetValue<string>().Should().Be(Visibilities.All);
        Expect.Strings(resource["capabilities"]).Should().Contain([Operations.SwitchToMonitor, Operations.SwitchToCoach]).And.NotContain(SupervisorProtocol.SwitchBargeInCapability);
        toSupervisor[1].Data["messages"]![0]!["visibility"]!.GetValue<string>().Should().Be(Visibilities.All);
        Expect.Sequence(await h.ReceivedAsync(agent, mark),
            (_media.StateChangeMessageType, NotificationTypes.ParticipantsUpdated),
            (MessageTypes.MessageLogUpdated, NotificationTypes.NewMessages));
        (await h.CustomerTranscriptAsync(_media, id)).Should().Contain(e => Nickname(e!["from"]) == "Boss");

        (await supervisor.OperateAsync(_media, id, Operations.SwitchToBargeIn)).StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState, "already barging in");
    }

    [Test]
    public async Task Switching_is_refused_to_an_agent_and_outside_the_supervisors_sessions()
    {
        await using var h = await MockHarness.StartAsync();
        var supervisor = h.Agent("supervisor01");
        var agent = await h.ReadyAgentAsync("agent01");
        var id = await h.ChattingAsync(_media, agent);

        (await agent.OperateAsync(_media, id, Operations.SwitchToCoach)).StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);
        (await supervisor.OperateAsync(_media, id, Operations.SwitchToCoach)).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await agent.OperateAsync(_media, id, SupervisorProtocol.SwitchBargeInCapability)).StatusCode.Should().Be(GwsStatusCodes.InputValidationError, "the capability word is not an operation");
    }

    [Test]
    public async Task Refusals_name_the_documented_status_codes()
    {
        await using var h = await MockHarness.StartAsync();
        var supervisor = h.Agent("supervisor01");
        var agent = await h.ReadyAgentAsync("agent01");
        var colleague = h.Agent("agent02");
        var id = await h.ChattingAsync(_media, agent);

        (await Supervise(colleague, agent, Operations.Monitor)).StatusCode.Should().Be(GwsStatusCodes.PermissionDenied);
        (await Intrude(colleague, agent, id, SupervisorProtocol.Monitor)).StatusCode.Should().Be(GwsStatusCodes.PermissionDenied);
        var unknown = await supervisor.PostAsync(SupervisorProtocol.ChannelPath("0123456789abcdef0123456789abcdef", _media.AgentChannel),
            new JsonObject { [Parameters.OperationName] = Operations.Monitor });
        unknown.StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await Supervise(supervisor, agent, Operations.Monitor, new JsonObject { [SupervisorProtocol.MonitoringModeParameter] = "EveryOtherChat" }))
            .StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        (await Supervise(supervisor, agent, Operations.Monitor, new JsonObject { ["volume"] = "loud" })).StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        (await Supervise(supervisor, agent, Operations.Intrude)).StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        (await Supervise(supervisor, supervisor, Operations.Monitor)).StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        (await Intrude(supervisor, agent, id, "Whisper")).StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        (await Intrude(supervisor, agent, "UNKNOWN000000001", SupervisorProtocol.Monitor)).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await Intrude(supervisor, colleague, id, SupervisorProtocol.Monitor)).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound, "agent02 is not in that chat");
    }

    [TestCase(nameof(Deviation.SupervisorVisibleToCustomer))]
    [TestCase(nameof(Deviation.SupervisorNotRevoked))]
    [TestCase(nameof(Deviation.CoachMessagesReachCustomer))]
    public async Task Each_supervision_deviation_changes_what_is_observed(string name)
    {
        var deviation = Enum.Parse<Deviation>(name);
        var options = new MockServerOptions();
        options.Deviations.Add(deviation);
        await using var h = await MockHarness.StartAsync(options);
        var (supervisor, agent, id) = await SupervisedChatAsync(h, Operations.Coach);
        var mark = await h.MarkAsync();
        (await supervisor.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { [Parameters.Text] = "coaching" })).StatusCode.Should().Be(0);
        var transcript = await h.CustomerTranscriptAsync(_media, id);
        (await agent.OperateAsync(_media, id, Operations.Complete)).StatusCode.Should().Be(0);
        var state = Expect.Resource((await h.ReceivedAsync(supervisor, mark))[^1], _media.ResourceKey)["state"]!.GetValue<string>();

        var bossJoined = transcript.Any(e => Nickname(e!["from"]) == "Boss" && e["type"]!.GetValue<string>() == MessageLogEntryTypes.ParticipantJoined);
        var bossSaid = transcript.Any(e => Nickname(e!["from"]) == "Boss" && e["type"]!.GetValue<string>() == MessageLogEntryTypes.Text);
        bossJoined.Should().Be(deviation == Deviation.SupervisorVisibleToCustomer);
        bossSaid.Should().Be(deviation == Deviation.CoachMessagesReachCustomer);
        state.Should().Be(deviation == Deviation.SupervisorNotRevoked ? InteractionStates.Completed : InteractionStates.Revoked);
    }
}
