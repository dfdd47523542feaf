using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>User data and disposition: PropertiesUpdated (r) with the whole userData ("Chat API: AttachUserData", "UpdateUserData", "DeleteUserData", "SetDisposition").</summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class UserDataTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    [Test]
    public async Task Attach_update_delete_and_disposition_each_give_PropertiesUpdated_with_the_referenceId()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);

        async Task<JsonObject> Run(string operation, JsonObject parameters)
        {
            var mark = await h.MarkAsync();
            var reply = await agent.OperateAsync(_media, id, operation, parameters);
            reply.StatusCode.Should().Be(0, reply.ToString());
            var received = await h.ReceivedAsync(agent, mark);
            Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.PropertiesUpdated));
            received[0].ReferenceId.Should().Be(reply.ReferenceId);
            return Expect.Resource(received[0], _media.ResourceKey)["userData"]!.AsObject();
        }

        (await Run(Operations.AttachUserData, new JsonObject { ["userData"] = new JsonObject { ["a"] = "1", ["b"] = 2 } }))
            .Select(p => p.Key).Should().BeEquivalentTo("a", "b");
        (await Run(Operations.UpdateUserData, new JsonObject { ["userData"] = new JsonObject { ["a"] = "x" } }))["a"]!.GetValue<string>().Should().Be("x");
        (await Run(Operations.DeleteUserData, new JsonObject { ["keys"] = new JsonArray("b") })).ContainsKey("b").Should().BeFalse();
        (await Run(Operations.SetDisposition, new JsonObject { ["disposition"] = "IssueResolved" }))["DispositionCode"]!.GetValue<string>().Should().Be("IssueResolved");
        (await Run(Operations.SetDisposition, new JsonObject { ["disposition"] = "Sale", ["dispositionKey"] = "Outcome" }))["Outcome"]!.GetValue<string>().Should().Be("Sale");

        var item = await agent.GetAsync($"{_media.MeCollectionPath}/{id}");
        item.Json![_media.ResourceKey]!["userData"]!["a"]!.GetValue<string>().Should().Be("x");
    }

    [Test]
    public async Task SetInFocus_answers_statusCode_0_and_notifies_nothing()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, Operations.SetInFocus);

        reply.StatusCode.Should().Be(0);
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty();
    }
}
