using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>The uri and path of every notification resolve with a GET; the collection and messages GETs (SMS API: Resources).</summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class ResourceLinkTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    [Test]
    public async Task The_uri_and_path_of_a_notification_answer_a_GET_with_the_same_resource()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var mark = await h.MarkAsync();
        var id = await h.ChattingAsync(_media, agent, text: "hi");
        var received = await h.ReceivedAsync(agent, mark);
        var resource = Expect.Resource(received.First(p => p.Data[_media.ResourceKey] is not null), _media.ResourceKey);
        var log = received.First(p => p.MessageType == MessageTypes.MessageLogUpdated);

        var byUri = await agent.GetAsync(new Uri(resource["uri"]!.GetValue<string>()).AbsolutePath);
        var byPath = await agent.GetAsync(ApiPaths.Prefix + resource["path"]!.GetValue<string>());
        var byLogUri = await agent.GetAsync(new Uri(log.Data[_media.LogUriField]!.GetValue<string>()).AbsolutePath);

        foreach (var reply in new[] { byUri, byPath, byLogUri })
        {
            reply.StatusCode.Should().Be(0, reply.ToString());
            reply.Json![_media.ResourceKey]!["id"]!.GetValue<string>().Should().Be(id);
            reply.Json![_media.ResourceKey]!["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
        }

        var messages = await agent.GetAsync(ApiPaths.Prefix + resource["path"]!.GetValue<string>() + "/messages?startIndex=2&count=1");
        messages.StatusCode.Should().Be(0, messages.ToString());
        messages.Json!["messages"]!.AsArray().Select(m => m!["index"]!.GetValue<int>()).Should().Equal(2);
    }

    [Test]
    public async Task Another_agents_session_stays_invisible_through_its_uri()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var stranger = h.Agent("agent02");
        var id = await h.ChattingAsync(_media, agent);

        (await stranger.GetAsync(ApiPaths.Prefix + _media.ResourcePath(id))).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await agent.GetAsync(ApiPaths.Prefix + _media.ResourcePath("unknown"))).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
    }

    [Test]
    public async Task The_collection_with_all_fields_lists_the_session_and_without_fields_its_uri()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);

        var full = await agent.GetAsync($"{_media.MeCollectionPath}?fields=*");
        full.Json![_media.CollectionKey]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).Should().Equal(id);
        var uris = await agent.GetAsync(_media.MeCollectionPath);
        Expect.Strings(uris.Json!["uris"]).Should().ContainSingle().Which.Should().EndWith(_media.ResourcePath(id));
    }
}
