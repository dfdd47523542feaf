using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Control;

/// <summary>The deviations of the IM user-data and agent-session surface break what they name, and only that.</summary>
public sealed class AgentAreaDeviationTests
{
    private static async Task<MockHarness> StartAsync(Deviation deviation)
    {
        var options = new MockServerOptions();
        options.Deviations.Add(deviation);
        return await MockHarness.StartAsync(options);
    }

    [Test]
    public async Task ImUserDataKeyDropped_loses_the_last_attached_key_in_the_notification_only()
    {
        await using var h = await StartAsync(Deviation.ImUserDataKeyDropped);
        var agent = h.Agent("agent01");
        var mark = await h.MarkAsync();
        (await agent.PostAsync(MediaKind.ImSession.MeCollectionPath, new JsonObject
        {
            ["operationName"] = Operations.InitiateImSession,
            ["destination"] = new JsonObject { ["phoneNumber"] = "16001" },
        })).StatusCode.Should().Be(0);
        var id = Expect.Resource((await h.ReceivedAsync(agent, mark))[0], "imSession")["id"]!.GetValue<string>();
        mark = await h.MarkAsync();

        (await agent.OperateAsync(MediaKind.ImSession, id, Operations.AttachUserData, new JsonObject
        {
            ["userData"] = new JsonObject { ["favColor"] = "blue", ["tier"] = "gold" },
        })).StatusCode.Should().Be(0);

        var data = Expect.Resource((await h.ReceivedAsync(agent, mark))[0], "imSession")["userData"]!.AsObject();
        data.Select(p => p.Key).Should().Equal("favColor");
        (await agent.GetAsync($"{MediaKind.ImSession.MeCollectionPath}/{id}")).Json!["imSession"]!["userData"]!.AsObject()
            .Select(p => p.Key).Should().Equal("favColor", "tier");
    }

    [Test]
    public async Task ChannelStateStale_announces_the_state_from_before_the_change()
    {
        await using var h = await StartAsync(Deviation.ChannelStateStale);
        var agent = h.Agent("agent01");
        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat") })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        (await agent.MeAsync(Operations.Ready)).StatusCode.Should().Be(0);

        (await h.ReceivedAsync(agent, mark)).Should().ContainSingle()
            .Which.Data["channels"]![0]!["userState"]!["state"]!.GetValue<string>().Should().Be(UserStates.NotReady);
        (await agent.GetAsync(ApiPaths.MeChannels)).Json!["channels"]![0]!["userState"]!["state"]!.GetValue<string>().Should().Be(UserStates.Ready);
    }

    [Test]
    public async Task SkipChannelStateChange_silences_Ready_on_the_agent_but_not_on_one_channel()
    {
        await using var h = await StartAsync(Deviation.SkipChannelStateChange);
        var agent = h.Agent("agent01");
        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat") })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        (await agent.MeAsync(Operations.Ready)).StatusCode.Should().Be(0);
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty();
        (await agent.GetAsync(ApiPaths.MeChannels)).Json!["channels"]![0]!["userState"]!["state"]!.GetValue<string>().Should().Be(UserStates.Ready);

        (await agent.PostAsync($"{ApiPaths.MeChannels}/chat", new JsonObject { ["operationName"] = Operations.NotReady })).StatusCode.Should().Be(0);
        (await h.ReceivedAsync(agent, mark)).Should().ContainSingle("per-channel changes still notify (the suite's delivery marker)");
    }
}
