using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>
/// Bad input gets a documented statusCode, never a 5xx, and changes nothing: no notification and the
/// same resource afterwards ("Return Values").
/// </summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class BadInputTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    private static IEnumerable<TestCaseData> Bodies()
    {
        yield return new TestCaseData("{\"operationName\":", GwsStatusCodes.InputValidationError).SetName("{m}(malformed JSON)");
        yield return new TestCaseData("[1,2]", GwsStatusCodes.InputValidationError).SetName("{m}(array body)");
        yield return new TestCaseData("", GwsStatusCodes.InputValidationError).SetName("{m}(empty body)");
        yield return new TestCaseData("{}", GwsStatusCodes.ParameterMissing).SetName("{m}(no operationName)");
        yield return new TestCaseData("{\"operationName\":5}", GwsStatusCodes.InputValidationError).SetName("{m}(operationName a number)");
        yield return new TestCaseData("{\"operationName\":\"Frobnicate\"}", GwsStatusCodes.InputValidationError).SetName("{m}(unknown operation)");
        yield return new TestCaseData("{\"operationName\":\"SendMessage\"}", GwsStatusCodes.ParameterMissing).SetName("{m}(missing text)");
        yield return new TestCaseData("{\"operationName\":\"SendMessage\",\"text\":42}", GwsStatusCodes.InputValidationError).SetName("{m}(text a number)");
        yield return new TestCaseData("{\"operationName\":\"SendMessage\",\"text\":\"\"}", GwsStatusCodes.InputValidationError).SetName("{m}(empty text)");
        yield return new TestCaseData("{\"operationName\":\"SendMessage\",\"text\":\"a\",\"colour\":\"red\"}", GwsStatusCodes.InputValidationError).SetName("{m}(extra parameter)");
        yield return new TestCaseData("{\"operationName\":\"AttachUserData\",\"userData\":\"x\"}", GwsStatusCodes.InputValidationError).SetName("{m}(userData a string)");
        yield return new TestCaseData("{\"operationName\":\"DeleteUserData\",\"keys\":[]}", GwsStatusCodes.InputValidationError).SetName("{m}(empty keys)");
        yield return new TestCaseData("{\"operationName\":\"Invite\",\"targetUri\":\"/users/nobody\"}", GwsStatusCodes.InputValidationError).SetName("{m}(unknown target)");
        yield return new TestCaseData("{\"operationName\":\"Accept\",\"nickname\":\"x\"}", GwsStatusCodes.ParameterInvalidForState).SetName("{m}(Accept while Chatting)");
        yield return new TestCaseData("{\"operationName\":\"SendToAgents\",\"text\":\"x\"}", GwsStatusCodes.ParameterInvalidForState).SetName("{m}(SendToAgents without a conference)");
    }

    [TestCaseSource(nameof(Bodies))]
    public async Task Refused_synchronously_with_nothing_changed(string body, int statusCode)
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var before = await agent.GetAsync($"{_media.MeCollectionPath}/{id}");
        var mark = await h.MarkAsync();

        var reply = await agent.PostRawAsync($"{_media.MeCollectionPath}/{id}", body);

        reply.StatusCode.Should().Be(statusCode, reply.ToString());
        reply.Json!["statusMessage"]!.GetValue<string>().Should().NotBeEmpty();
        reply.Json.Select(p => p.Key).Should().BeEquivalentTo("statusCode", "statusMessage");
        ((int)reply.Status).Should().BeInRange(400, 499);
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty();
        var after = await agent.GetAsync($"{_media.MeCollectionPath}/{id}");
        JsonNode.DeepEquals(before.Json, after.Json).Should().BeTrue();
    }

    [Test]
    public async Task An_oversize_body_is_refused_with_413_and_statusCode_10()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var text = new string('x', 70 * 1024);

        var reply = await agent.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = text });

        reply.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        reply.StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
    }

    [Test]
    public async Task Unknown_ids_and_paths_answer_statusCode_6_with_404()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");

        foreach (var reply in new[]
        {
            await agent.GetAsync($"{_media.MeCollectionPath}/0000NOSUCHID0000"),
            await agent.OperateAsync(_media, "0000NOSUCHID0000", Operations.Complete),
            await agent.GetAsync($"{_media.MeCollectionPath}/0000NOSUCHID0000/messages"),
            await agent.GetAsync("/api/v2/nothing/here"),
            await agent.GetAsync("/api/v2/users/nobody"),
        })
        {
            reply.Status.Should().Be(HttpStatusCode.NotFound, reply.ToString());
            reply.StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        }
    }

    [Test]
    public async Task Another_agents_session_is_invisible_and_untouchable()
    {
        await using var h = await MockHarness.StartAsync();
        var owner = h.Agent("agent01");
        var intruder = h.Agent("agent02");
        var id = await h.ChattingAsync(_media, owner);
        var mark = await h.MarkAsync();

        (await intruder.GetAsync($"{_media.MeCollectionPath}/{id}")).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await intruder.GetAsync($"{_media.MeCollectionPath}/{id}/messages")).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await intruder.OperateAsync(_media, id, Operations.Complete)).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await intruder.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = "x" })).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await intruder.GetAsync($"{_media.MeCollectionPath}")).Json!["uris"]!.AsArray().Should().BeEmpty();

        (await h.ReceivedAsync(owner, mark)).Should().BeEmpty();
        (await owner.GetAsync($"{_media.MeCollectionPath}/{id}")).Json![_media.ResourceKey]!["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);
    }

    [Test]
    public async Task Parallel_operations_on_one_session_keep_indices_unique_and_increasing()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            agent.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = $"m{i}" })));

        replies.Should().OnlyContain(r => r.StatusCode == 0);
        replies.Select(r => r.ReferenceId).Should().OnlyHaveUniqueItems();
        var indices = (await h.ReceivedAsync(agent, mark)).Select(p => p.Data["messages"]![0]!["index"]!.GetValue<int>()).ToList();
        indices.Should().HaveCount(40).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }
}
