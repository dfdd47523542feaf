using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Control;

/// <summary>The deviations of the routing, messaging, user-data and resource families, each breaking what it names.</summary>
public sealed class OperationDeviationTests
{
    private static async Task<(MockHarness H, AgentClient Agent, string Id)> ChattingWith(Deviation deviation)
    {
        var options = new MockServerOptions();
        options.Deviations.Add(deviation);
        var h = await MockHarness.StartAsync(options);
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(MediaKind.Chat, agent);
        return (h, agent, id);
    }

    [Test]
    public async Task TransferKeepsSender_leaves_the_sender_chatting_without_a_StatusChange()
    {
        var (h, agent, id) = await ChattingWith(Deviation.TransferKeepsSender);
        await using var _ = h;
        var target = await h.ReadyAgentAsync("agent02");
        var mark = await h.MarkAsync();
        (await agent.OperateAsync(MediaKind.Chat, id, Operations.Transfer, new JsonObject { ["targetUri"] = $"/users/{target.UserId}" })).StatusCode.Should().Be(0);
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty();
        Expect.Sequence(h.Recorder.Since(mark, target.UserId), (MessageTypes.ChatStateChange, NotificationTypes.StatusChange));
    }

    [Test]
    public async Task AgentsMessagesToAll_makes_SendToAgents_visible_to_the_customer()
    {
        var (h, agent, id) = await ChattingWith(Deviation.AgentsMessagesToAll);
        await using var _ = h;
        var other = await h.ReadyAgentAsync("agent02");
        await agent.OperateAsync(MediaKind.Chat, id, Operations.Invite, new JsonObject { ["targetUri"] = $"/users/{other.UserId}" });
        await other.OperateAsync(MediaKind.Chat, id, Operations.Accept, new JsonObject { ["nickname"] = "B" });
        (await agent.OperateAsync(MediaKind.Chat, id, Operations.SendToAgents, new JsonObject { ["text"] = "secret" })).StatusCode.Should().Be(0);
        (await h.CustomerTranscriptAsync(MediaKind.Chat, id)).Should().Contain(e => e!["text"] != null && e["text"]!.GetValue<string>() == "secret");
    }

    [Test]
    public async Task DispositionKeyIgnored_writes_under_the_default_key()
    {
        var (h, agent, id) = await ChattingWith(Deviation.DispositionKeyIgnored);
        await using var _ = h;
        var mark = await h.MarkAsync();
        await agent.OperateAsync(MediaKind.Chat, id, Operations.SetDisposition, new JsonObject { ["disposition"] = "Sold", ["dispositionKey"] = "Outcome" });
        var userData = Expect.Resource((await h.ReceivedAsync(agent, mark)).Single(), "chat")["userData"]!.AsObject();
        userData.ContainsKey("Outcome").Should().BeFalse();
        userData[Parameters.DefaultDispositionKey]!.GetValue<string>().Should().Be("Sold");
    }

    [Test]
    public async Task ResourceLinksUnresolved_answers_the_resources_uri_with_not_found()
    {
        var (h, agent, id) = await ChattingWith(Deviation.ResourceLinksUnresolved);
        await using var _ = h;
        (await agent.GetAsync(ApiPaths.Prefix + MediaKind.Chat.ResourcePath(id))).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await agent.GetAsync($"{MediaKind.Chat.MeCollectionPath}/{id}")).StatusCode.Should().Be(0, "only the handed-out link breaks");
    }
}
