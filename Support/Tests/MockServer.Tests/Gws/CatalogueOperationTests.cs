using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>
/// CancelConsult, RemoveParticipantFromConference, LeaveAndComplete, the armed backend failure and the
/// message log that keeps counting across updates (Chat API and SMS API operation pages).
/// </summary>
[TestFixtureSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
public sealed class CatalogueOperationTests(string mediaName)
{
    private readonly MediaKind _media = MediaCases.Parse(mediaName);

    private static JsonObject Target(AgentClient agent) =>
        new() { [Parameters.TargetUri] = $"http://localhost:8080/api/v2/users/{agent.UserId}" };

    [Test]
    public async Task CancelConsult_revokes_the_pending_offer_and_tells_the_consulting_agent_nothing()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var consultant = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(_media, agent);
        (await agent.OperateAsync(_media, id, Operations.Consult, Target(consultant))).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        var cancel = await agent.OperateAsync(_media, id, Operations.CancelConsult);

        cancel.StatusCode.Should().Be(0, cancel.ToString());
        cancel.ReferenceId.Should().NotBeNull();
        (await h.ReceivedAsync(agent, mark)).Should().BeEmpty("the page says no notification is published on success");
        var toConsultant = h.Recorder.Since(mark, consultant.UserId);
        Expect.Sequence(toConsultant, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        Expect.Resource(toConsultant[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Revoked);
        (await consultant.OperateAsync(_media, id, Operations.Accept, new JsonObject { ["nickname"] = "Late" })).StatusCode
            .Should().Be(GwsStatusCodes.ParameterInvalidForState);
    }

    [Test]
    public async Task CancelConsult_after_the_consultant_accepted_fails_with_Error_and_without_a_consultation_is_refused()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var consultant = await h.ReadyAgentAsync("agent02");
        var id = await h.ChattingAsync(_media, agent);
        (await agent.OperateAsync(_media, id, Operations.CancelConsult)).StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);
        (await agent.OperateAsync(_media, id, Operations.Consult, Target(consultant))).StatusCode.Should().Be(0);
        (await consultant.OperateAsync(_media, id, Operations.Accept, new JsonObject { ["nickname"] = "Expert" })).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        var cancel = await agent.OperateAsync(_media, id, Operations.CancelConsult);

        cancel.StatusCode.Should().Be(0);
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.Error));
        received[0].ReferenceId.Should().Be(cancel.ReferenceId);
        Expect.Resource(received[0], _media.ResourceKey)["participants"]!.AsArray().Should().HaveCount(3);
        h.Recorder.Since(mark, consultant.UserId).Should().BeEmpty();
    }

    [Test]
    public async Task LeaveAndComplete_completes_a_lone_agent_at_once_and_ends_the_customers_session_on_SMS_only()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, Operations.LeaveAndComplete);
        if (_media == MediaKind.Chat)
        {
            reply.StatusCode.Should().Be(GwsStatusCodes.InputValidationError, "only the SMS resource sample names LeaveAndComplete");
            return;
        }

        reply.StatusCode.Should().Be(0, reply.ToString());
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        received[0].ReferenceId.Should().Be(reply.ReferenceId);
        Expect.Resource(received[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Completed);
        var transcript = await h.ControlGetAsync(MockControlRoutes.CustomerTranscript(_media.CollectionSegment, id));
        transcript.Json![MockControlFields.CustomerPresent]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public async Task An_armed_backend_failure_answers_0_then_Error_with_the_referenceId_and_changes_nothing()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        (await h.ControlPostAsync(MockControlRoutes.BackendFailure(_media.CollectionSegment, id))).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        var complete = await agent.OperateAsync(_media, id, Operations.Complete);

        complete.StatusCode.Should().Be(0);
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.Error));
        received[0].ReferenceId.Should().Be(complete.ReferenceId);
        received[0].Data["errorMessage"]!.GetValue<string>().Should().NotBeEmpty();
        Expect.Resource(received[0], _media.ResourceKey)["state"]!.GetValue<string>().Should().Be(InteractionStates.Chatting);

        mark = await h.MarkAsync();
        (await agent.OperateAsync(_media, id, Operations.Complete)).StatusCode.Should().Be(0);
        Expect.Sequence(await h.ReceivedAsync(agent, mark), (_media.StateChangeMessageType, NotificationTypes.StatusChange));
    }

    [Test]
    public async Task An_armed_backend_failure_of_a_message_adds_nothing_to_the_log()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var before = await agent.GetAsync($"{_media.MeCollectionPath}/{id}/messages");
        await h.ControlPostAsync(MockControlRoutes.BackendFailure(_media.CollectionSegment, id));

        (await agent.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = "lost" })).StatusCode.Should().Be(0);

        var after = await agent.GetAsync($"{_media.MeCollectionPath}/{id}/messages");
        after.Json!["messages"]!.AsArray().Should().HaveCount(before.Json!["messages"]!.AsArray().Count);
        (await h.CustomerTranscriptAsync(_media, id)).Should().NotContain(e => e!["text"] != null && e["text"]!.GetValue<string>() == "lost");
    }

    [Test]
    public async Task Transfer_to_a_queue_without_a_ready_agent_completes_the_sender_and_the_session_waits_there()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var id = await h.ChattingAsync(_media, agent);
        var queue = h.Server.Directory.Queues.First(q => q.Channel == _media.AgentChannel);
        var mark = await h.MarkAsync();

        var reply = await agent.OperateAsync(_media, id, Operations.Transfer, new JsonObject { [Parameters.QueueName] = queue.Name });

        reply.StatusCode.Should().Be(0, reply.ToString());
        var received = await h.ReceivedAsync(agent, mark);
        Expect.Sequence(received, (_media.StateChangeMessageType, NotificationTypes.StatusChange));
        received[0].ReferenceId.Should().Be(reply.ReferenceId);
        var transcript = await h.ControlGetAsync(MockControlRoutes.CustomerTranscript(_media.CollectionSegment, id));
        transcript.Json![MockControlFields.WaitingInQueue]!.GetValue<string>().Should().Be(queue.Name);
    }

    [Test]
    public async Task Backend_failure_of_an_unknown_interaction_is_not_found()
    {
        await using var h = await MockHarness.StartAsync();
        (await h.ControlPostAsync(MockControlRoutes.BackendFailure(_media.CollectionSegment, "nope"))).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
    }

    [Test]
    public async Task Message_log_indices_keep_increasing_across_every_update_an_agent_receives()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        var mark = await h.MarkAsync();
        var id = await h.ChattingAsync(_media, agent, text: "hello");
        await h.ControlPostAsync(MockControlRoutes.CustomerMessages(_media.CollectionSegment, id), new JsonObject { [MockControlFields.Text] = "there?" });
        await agent.OperateAsync(_media, id, Operations.SendMessage, new JsonObject { ["text"] = "yes" });
        await agent.OperateAsync(_media, id, Operations.SendStartTypingNotification);
        await agent.OperateAsync(_media, id, Operations.SendUrl, new JsonObject { ["url"] = "http://example.com" });

        var indices = (await h.ReceivedAsync(agent, mark))
            .Where(p => p.MessageType == MessageTypes.MessageLogUpdated)
            .SelectMany(p => p.Data["messages"]!.AsArray().Select(m => m!["index"]!.GetValue<int>()))
            .ToList();
        indices.Should().HaveCountGreaterThan(5).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }
}
