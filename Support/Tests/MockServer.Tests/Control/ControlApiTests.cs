using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Control;

/// <summary>The test-control API (not part of GWS): reset, barrier, agent state, switches, and that it can be off.</summary>
public sealed class ControlApiTests
{
    [Test]
    public async Task Reset_forgets_every_session_and_agent_state()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = await h.ReadyAgentAsync("agent01");
        var id = await h.ChattingAsync(MediaKind.Chat, agent);

        (await h.ControlPostAsync(MockControlRoutes.Reset)).StatusCode.Should().Be(0);

        (await agent.GetAsync($"{MediaKind.Chat.MeCollectionPath}/{id}")).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await agent.GetAsync(ApiPaths.MeChannels)).Json!["channels"]!.AsArray().Should().BeEmpty();
        (await agent.GetAsync(ApiPaths.Me)).StatusCode.Should().Be(0, "users stay signed in");
    }

    [Test]
    public async Task The_barrier_returns_once_earlier_notifications_are_published()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(MediaKind.Chat, agent);
        var mark = await h.MarkAsync();
        for (var i = 0; i < 20; i++)
        {
            (await agent.OperateAsync(MediaKind.Chat, id, Operations.SendMessage, new JsonObject { ["text"] = $"{i}" })).StatusCode.Should().Be(0);
        }

        var barrier = await h.ControlPostAsync(MockControlRoutes.Barrier);

        barrier.StatusCode.Should().Be(0);
        h.Recorder.Since(mark, agent.UserId).Should().HaveCount(20);
    }

    [Test]
    public async Task An_agent_made_unavailable_gets_no_queue_offers()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = await h.ReadyAgentAsync("agent01");
        (await h.ControlPostAsync(MockControlRoutes.AgentState("agent01"), new JsonObject { [MockControlFields.State] = "NotReady" })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        var offer = await h.ControlPostAsync(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment), new JsonObject { [MockControlFields.Queue] = "chat-queue-small" });

        offer.Json![MockControlFields.OfferedTo].Should().BeNull();
        (await h.ReceivedAsync(agent, mark)).Where(p => p.Channel == Topics.Chats).Should().BeEmpty();
        (await h.ControlPostAsync(MockControlRoutes.AgentState("agent01"), new JsonObject { [MockControlFields.State] = "Ready", [MockControlFields.Channel] = "chat" })).StatusCode.Should().Be(0);
        (await h.ReceivedAsync(agent, mark)).Where(p => p.Channel == Topics.Chats).Should().ContainSingle();
    }

    [Test]
    public async Task Bad_control_requests_are_refused()
    {
        await using var h = await MockHarness.StartAsync();
        (await h.ControlPostAsync(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment), new JsonObject())).StatusCode.Should().Be(GwsStatusCodes.ParameterMissing);
        (await h.ControlPostAsync(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment), new JsonObject { [MockControlFields.UserName] = "nobody" })).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await h.ControlPostAsync(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment), new JsonObject { [MockControlFields.Queue] = "sms-queue" })).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await h.ControlPostAsync(MockControlRoutes.Offers("faxes"), new JsonObject { [MockControlFields.UserName] = "agent01" })).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await h.ControlPutAsync(MockControlRoutes.Deviations, new JsonObject { [MockControlFields.Active] = new JsonArray("NoSuchDeviation") })).StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        (await h.ControlPostAsync(MockControlRoutes.AgentState("agent01"), new JsonObject { [MockControlFields.State] = "Sleepy" })).StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
    }

    [Test]
    public async Task Deviations_are_listed_and_switched()
    {
        await using var h = await MockHarness.StartAsync();
        var listed = await h.ControlGetAsync(MockControlRoutes.Deviations);
        listed.Json![MockControlFields.Active]!.AsArray().Should().BeEmpty();
        listed.Json[MockControlFields.Known]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo(Enum.GetNames<Deviation>());

        var set = await h.ControlPutAsync(MockControlRoutes.Deviations, new JsonObject { [MockControlFields.Active] = new JsonArray("WrongOrder", "DropReferenceId") });

        set.StatusCode.Should().Be(0);
        h.Server.Deviations.Active.Should().BeEquivalentTo([Deviation.WrongOrder, Deviation.DropReferenceId]);
    }

    [Test]
    public async Task The_directory_is_served_as_loaded_so_a_suite_can_sign_in()
    {
        await using var h = await MockHarness.StartAsync();

        var reply = await h.ControlGetAsync(MockControlRoutes.Directory);

        reply.StatusCode.Should().Be(0);
        var users = reply.Json!["users"]!.AsArray();
        users.Should().HaveCount(h.Server.Directory.Users.Count);
        users[0]!["password"]!.GetValue<string>().Should().Be("password");
        reply.Json["queues"]!.AsArray().Should().HaveCount(h.Server.Directory.Queues.Count);
    }

    [Test]
    public async Task Switched_off_the_control_API_does_not_exist()
    {
        await using var h = await MockHarness.StartAsync(new MockServerOptions { EnableControlApi = false });

        var reply = await h.ControlPostAsync(MockControlRoutes.Barrier);

        reply.Status.Should().Be(HttpStatusCode.NotFound);
    }
}
