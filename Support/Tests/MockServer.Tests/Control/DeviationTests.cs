using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Control;

/// <summary>Each deviation visibly breaks the documented behaviour it names, and only when switched on.</summary>
public sealed class DeviationTests
{
    private static async Task<(MockHarness H, AgentClient Agent, string Id)> ChattingWith(Deviation deviation)
    {
        var options = new MockServerOptions();
        options.Deviations.Add(deviation);
        var h = await MockHarness.StartAsync(options);
        var agent = h.Agent("agent01");
        var id = await h.OfferAsync(MediaKind.Chat, agent);
        return (h, agent, id);
    }

    private static Task<Reply> Accept(AgentClient agent, string id) =>
        agent.OperateAsync(MediaKind.Chat, id, Operations.Accept, new JsonObject { ["nickname"] = "A" });

    [Test]
    public async Task DropReferenceId_removes_the_referenceId_from_notifications()
    {
        var (h, agent, id) = await ChattingWith(Deviation.DropReferenceId);
        await using var _ = h;
        var mark = await h.MarkAsync();
        var reply = await Accept(agent, id);
        reply.ReferenceId.Should().NotBeNull();
        (await h.ReceivedAsync(agent, mark)).Should().OnlyContain(p => p.ReferenceId == null);
    }

    [Test]
    public async Task SkipMessageLogUpdated_drops_the_history()
    {
        var (h, agent, id) = await ChattingWith(Deviation.SkipMessageLogUpdated);
        await using var _ = h;
        var mark = await h.MarkAsync();
        await Accept(agent, id);
        (await h.ReceivedAsync(agent, mark)).Should().NotContain(p => p.MessageType == MessageTypes.MessageLogUpdated).And.HaveCount(2);
    }

    [Test]
    public async Task WrongOrder_reverses_an_operations_notifications()
    {
        var (h, agent, id) = await ChattingWith(Deviation.WrongOrder);
        await using var _ = h;
        var mark = await h.MarkAsync();
        await Accept(agent, id);
        (await h.ReceivedAsync(agent, mark)).Select(p => p.NotificationType)
            .Should().Equal(NotificationTypes.NewMessages, NotificationTypes.ParticipantsUpdated, NotificationTypes.StatusChange);
    }

    [Test]
    public async Task LeakAgentsVisibility_lets_the_customer_see_agents_only_entries()
    {
        var (h, agent, id) = await ChattingWith(Deviation.LeakAgentsVisibility);
        await using var _ = h;
        await Accept(agent, id);
        var consultant = await h.ReadyAgentAsync("agent02");
        await agent.OperateAsync(MediaKind.Chat, id, Operations.Consult, new JsonObject { ["targetUri"] = $"/users/{consultant.UserId}" });
        await consultant.OperateAsync(MediaKind.Chat, id, Operations.Accept, new JsonObject { ["nickname"] = "C" });
        (await agent.OperateAsync(MediaKind.Chat, id, Operations.SendToAgents, new JsonObject { ["text"] = "secret" })).StatusCode.Should().Be(0);
        (await h.CustomerTranscriptAsync(MediaKind.Chat, id)).Should().Contain(e => e!["visibility"]!.GetValue<string>() == Visibilities.Agents);
    }

    [Test]
    public async Task WrongStatusCode_changes_the_statusCode_of_errors()
    {
        var (h, agent, id) = await ChattingWith(Deviation.WrongStatusCode);
        await using var _ = h;
        (await agent.OperateAsync(MediaKind.Chat, id, Operations.SendMessage)).StatusCode.Should().NotBe(GwsStatusCodes.ParameterMissing);
    }

    [Test]
    public async Task IgnoreCapabilities_accepts_operations_the_state_does_not_allow()
    {
        var (h, agent, id) = await ChattingWith(Deviation.IgnoreCapabilities);
        await using var _ = h;
        (await agent.OperateAsync(MediaKind.Chat, id, Operations.SendMessage, new JsonObject { ["text"] = "x" })).StatusCode.Should().Be(0);
    }

    [Test]
    public async Task TimestampInSeconds_puts_seconds_in_timestampSeconds()
    {
        var (h, agent, id) = await ChattingWith(Deviation.TimestampInSeconds);
        await using var _ = h;
        var mark = await h.MarkAsync();
        await Accept(agent, id);
        var log = (await h.ReceivedAsync(agent, mark)).Single(p => p.MessageType == MessageTypes.MessageLogUpdated);
        log.Data["messages"]![0]!["timestampSeconds"]!.GetValue<long>().Should().BeLessThan(10_000_000_000);
    }
}
