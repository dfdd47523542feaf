using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>/me, channel states, users, contacts and queues ("Users Resource", "Channels Resource", "Contacts Resource", "Queues API").</summary>
public sealed class AgentAndDirectoryTests
{
    [Test]
    public async Task Me_with_subresources_lists_devices_channels_and_open_sessions()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = await h.ReadyAgentAsync("agent01");
        var id = await h.ChattingAsync(MediaKind.Chat, agent);

        var plain = await agent.GetAsync(ApiPaths.Me);
        plain.Json!["user"]!["id"]!.GetValue<string>().Should().Be(agent.UserId);
        plain.Json["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal(Roles.Agent);
        plain.Json["user"]!.AsObject().ContainsKey("devices").Should().BeFalse();

        var full = await agent.GetAsync($"{ApiPaths.Me}?subresources=*");
        var user = full.Json!["user"]!;
        user["devices"]!.AsArray().Should().HaveCount(1);
        user["channels"]!.AsArray().Select(c => c!["userState"]!["state"]!.GetValue<string>()).Should().OnlyContain(s => s == UserStates.Ready);
        user["chats"]!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(id);
    }

    [Test]
    public async Task Ready_and_NotReady_change_channel_states_and_notify_on_the_channels_topic()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        (await agent.MeAsync(Operations.Ready)).StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState, "no session yet");
        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("chat", "smssession") })).StatusCode.Should().Be(0);
        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("fax") })).StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        var mark = await h.MarkAsync();

        (await agent.PostAsync($"{ApiPaths.MeChannels}/chat", new JsonObject { ["operationName"] = Operations.Ready })).StatusCode.Should().Be(0);

        var received = await h.ReceivedAsync(agent, mark);
        received.Should().ContainSingle();
        received[0].Channel.Should().Be(Topics.Channels);
        received[0].MessageType.Should().Be(MessageTypes.ChannelStateChange);
        received[0].Data["channels"]![0]!["userState"]!["state"]!.GetValue<string>().Should().Be(UserStates.Ready);
        var channels = await agent.GetAsync(ApiPaths.MeChannels);
        channels.Json!["channels"]!.AsArray().Select(c => (c!["channel"]!.GetValue<string>(), c["userState"]!["state"]!.GetValue<string>()))
            .Should().BeEquivalentTo(new[] { ("chat", UserStates.Ready), ("smssession", UserStates.NotReady) });
        (await agent.MeAsync(Operations.EndContactCenterSession)).StatusCode.Should().Be(0);
        (await agent.GetAsync(ApiPaths.MeChannels)).Json!["channels"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Users_contacts_and_queues_come_from_the_directory()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var other = h.Server.Directory.FindByName("agent02")!;

        var user = await agent.GetAsync($"{ApiPaths.Users}/{other.Id}");
        user.Json!["user"]!["userName"]!.GetValue<string>().Should().Be("agent02");
        user.Json["user"]!.AsObject().ContainsKey("password").Should().BeFalse();

        var contacts = await agent.GetAsync(ApiPaths.Contacts);
        contacts.Json!["totalCount"]!.GetValue<int>().Should().Be(h.Server.Directory.Users.Count + h.Server.Directory.Queues.Count);

        var uris = await agent.GetAsync(ApiPaths.Queues);
        uris.Json!["uris"]!.AsArray().Should().HaveCount(h.Server.Directory.Queues.Count);
        var queues = await agent.GetAsync($"{ApiPaths.Queues}?fields=*");
        queues.Json!["queues"]!.AsArray().Select(q => q!["name"]!.GetValue<string>()).Should().Contain("chat-queue");
    }

    [Test]
    public async Task The_default_directory_has_40_agents_a_supervisor_and_queues()
    {
        await using var h = await MockHarness.StartAsync();
        var directory = h.Server.Directory;
        Enumerable.Range(1, 40).Select(i => $"agent{i:00}").Should().OnlyContain(name => directory.FindByName(name) != null);
        directory.Users.Should().Contain(u => u.Roles.Contains("supervisor"));
        directory.Queues.Select(q => q.Channel).Should().Contain(["chat", "smssession"]);
    }
}
