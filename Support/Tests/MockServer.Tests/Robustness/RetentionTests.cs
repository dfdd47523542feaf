using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using MockServer.Tests.Gws;
using MockServer.Tests.Support;

namespace MockServer.Tests.Robustness;

/// <summary>
/// Ended chats, SMS sessions and IM sessions stay readable for a bounded count and age, then are
/// forgotten; open ones never are. Times are passed in, so nothing sleeps.
/// </summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.UnixEpoch.AddDays(20000);

    private static GwsState State(int max, TimeSpan age) => new(new InteractionRetention(max, age));

    private static Interaction Chat(GwsState state, string partyState)
    {
        var interaction = new Interaction
        {
            Id = state.NextInteractionId(),
            Media = MediaKind.Chat,
            ReceivedDate = T0,
            Customer = new Participant("Customer", ParticipantTypes.Customer, state.NextParticipantId(), Visibilities.All, null),
        };
        interaction.Parties.Add(new AgentParty { UserId = "u", ParticipantId = state.NextParticipantId(), State = partyState, Visibility = Visibilities.All });
        state.Interactions[interaction.Id] = interaction;
        return interaction;
    }

    private static ImSession Im(GwsState state, string partyState)
    {
        var session = new ImSession { Id = state.NextInteractionId() };
        session.Parties.Add(new ImParty { UserId = "u", DeviceId = "d", RemotePhoneNumber = "16001", State = partyState });
        state.ImSessions[session.Id] = session;
        return session;
    }

    [Test]
    public void Past_the_count_the_oldest_ended_interaction_is_forgotten_and_open_ones_stay()
    {
        var state = State(max: 3, TimeSpan.FromHours(1));
        var open = Chat(state, InteractionStates.Chatting);
        var ended = new List<Interaction>();
        for (var i = 0; i < 5; i++)
        {
            var chat = Chat(state, InteractionStates.Completed);
            state.Settle(chat, T0.AddSeconds(i));
            ended.Add(chat);
        }

        state.Settle(open, T0.AddSeconds(10));
        state.Interactions.Keys.Should().BeEquivalentTo([open.Id, ended[2].Id, ended[3].Id, ended[4].Id]);
        state.Retention.Count.Should().Be(3);
        state.Retention.Forgotten.Should().Be(2);
    }

    [Test]
    public void Past_the_age_an_ended_interaction_is_forgotten_without_any_new_one()
    {
        var state = State(max: 1000, TimeSpan.FromMinutes(10));
        var chat = Chat(state, InteractionStates.Completed);
        var im = Im(state, ImSessionStates.Completed);
        var talking = Im(state, ImSessionStates.Talking);
        state.Settle(chat, T0);
        state.Settle(im, T0.AddMinutes(1));
        state.Settle(talking, T0.AddMinutes(1));

        state.Forget(T0.AddMinutes(10).AddTicks(-1)).Should().Be(0);
        state.Forget(T0.AddMinutes(10)).Should().Be(1);
        state.Interactions.Should().BeEmpty();
        state.ImSessions.Keys.Should().BeEquivalentTo([im.Id, talking.Id]);
        state.Forget(T0.AddMinutes(11)).Should().Be(1);
        state.ImSessions.Keys.Should().BeEquivalentTo([talking.Id], "an open IM session is never forgotten");
    }

    [Test]
    public void An_interaction_reopened_after_it_ended_is_kept_and_counted_again_when_it_ends_again()
    {
        var state = State(max: 1000, TimeSpan.FromMinutes(10));
        var chat = Chat(state, InteractionStates.Completed);
        state.Settle(chat, T0);
        chat.Parties[0].State = InteractionStates.Chatting; // what IgnoreCapabilities allows: Accept on a completed chat
        state.Settle(chat, T0.AddMinutes(1));

        state.Forget(T0.AddMinutes(30)).Should().Be(0);
        state.Interactions.Should().ContainKey(chat.Id);

        chat.Parties[0].State = InteractionStates.Completed;
        state.Settle(chat, T0.AddMinutes(31));
        state.Forget(T0.AddMinutes(40)).Should().Be(0);
        state.Forget(T0.AddMinutes(41)).Should().Be(1);
        state.Interactions.Should().BeEmpty();
    }

    [Test]
    public void A_chat_waiting_in_a_queue_or_holding_an_offer_is_not_ended()
    {
        var state = State(max: 0, TimeSpan.Zero);
        var offered = Chat(state, InteractionStates.Invited);
        var waiting = Chat(state, InteractionStates.Revoked);
        waiting.WaitingInQueue = "chat-queue";
        state.Settle(offered, T0);
        state.Settle(waiting, T0);

        state.Interactions.Should().HaveCount(2);
        state.Retention.Count.Should().Be(0);
    }

    [Test]
    public void Reset_forgets_the_retention_too()
    {
        var state = State(max: 1000, TimeSpan.FromMinutes(10));
        state.Settle(Chat(state, InteractionStates.Completed), T0);
        state.Reset();
        state.Retention.Count.Should().Be(0);
    }

    [TestCaseSource(typeof(MediaCases), nameof(MediaCases.ChatLike))]
    public async Task A_forgotten_interaction_answers_the_documented_not_found(string mediaName)
    {
        var media = MediaCases.Parse(mediaName);
        await using var h = await MockHarness.StartAsync(new MockServerOptions { MaxRetainedInteractions = 1 });
        var agent = h.Agent("agent01");
        var first = await h.ChattingAsync(media, agent);
        var second = await h.ChattingAsync(media, agent);
        (await agent.OperateAsync(media, first, Operations.Complete)).StatusCode.Should().Be(0);
        (await agent.GetAsync($"{media.MeCollectionPath}/{first}")).Status.Should().Be(HttpStatusCode.OK, "the last ended one is kept");

        (await agent.OperateAsync(media, second, Operations.Complete)).StatusCode.Should().Be(0);

        var gone = await agent.GetAsync($"{media.MeCollectionPath}/{first}");
        gone.Status.Should().Be(HttpStatusCode.NotFound, gone.Text);
        gone.StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound, gone.Text);
        (await h.ControlGetAsync($"{media.CollectionSegment}/{first}/customer/transcript")).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await agent.GetAsync($"{media.MeCollectionPath}/{second}")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_completed_IM_session_is_forgotten_at_once_with_a_zero_retention()
    {
        await using var h = await MockHarness.StartAsync(new MockServerOptions { InteractionRetention = TimeSpan.Zero });
        var agent = await h.ReadyAgentAsync("agent01");
        var initiate = await agent.PostAsync(MediaKind.ImSession.MeCollectionPath, new JsonObject
        {
            [Parameters.OperationName] = Operations.InitiateImSession,
            [Parameters.Destination] = new JsonObject { [Parameters.PhoneNumber] = "16001" },
        });
        initiate.StatusCode.Should().Be(0, initiate.Text);
        var id = (await agent.GetAsync(MediaKind.ImSession.MeCollectionPath + "?fields=*")).Json!["imSessions"]![0]!["id"]!.GetValue<string>();

        (await agent.OperateAsync(MediaKind.ImSession, id, Operations.Complete)).StatusCode.Should().Be(0);

        var gone = await agent.GetAsync($"{MediaKind.ImSession.MeCollectionPath}/{id}");
        gone.Status.Should().Be(HttpStatusCode.NotFound, gone.Text);
        gone.StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound, gone.Text);
        var next = await agent.PostAsync(MediaKind.ImSession.MeCollectionPath, new JsonObject
        {
            [Parameters.OperationName] = Operations.InitiateImSession,
            [Parameters.Destination] = new JsonObject { [Parameters.PhoneNumber] = "16001" },
        });
        next.StatusCode.Should().Be(0, "the agent can start a new IM session: " + next.Text);
    }
}
