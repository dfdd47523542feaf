using System.Text.Json.Nodes;
using Conformance.Bayeux;
using Conformance.Bayeux.Transport;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>The inbox: order, marks, waits with deadlines, and what a timeout says.</summary>
public class InboxTests
{
    private static BayeuxEvent Add(BayeuxInbox inbox, string channel, JsonNode? data) =>
        inbox.Add(channel, data, MessageArrays.WriteUtf8(new JsonObject { ["channel"] = channel, ["data"] = data?.DeepClone() }), "c1", "long-polling", []);

    [Test]
    public async Task A_wait_returns_the_first_matching_event_after_the_mark_even_if_it_arrived_before_the_call()
    {
        var inbox = new BayeuxInbox();
        Add(inbox, "/a", 0);
        var mark = inbox.Mark();
        Add(inbox, "/a", 1);
        Add(inbox, "/b", 2);

        var found = await inbox.WaitForAsync(mark, e => e.Channel == "/b", "the /b event", TimeSpan.FromSeconds(10));
        found.Data!.GetValue<int>().Should().Be(2);
        found.Order.Should().Be(3);

        var later = inbox.WaitForAsync(mark, "/c", e => e.Data!.GetValue<int>() == 4, "event 4", TimeSpan.FromSeconds(10));
        Add(inbox, "/c", 3);
        later.IsCompleted.Should().BeFalse();
        Add(inbox, "/c", 4);
        (await later).Data!.GetValue<int>().Should().Be(4);
        inbox.Events.Select(e => e.Order).Should().Equal(1, 2, 3, 4, 5);
        inbox.Events.Select(e => e.ArrivedAt).Should().BeInAscendingOrder();
    }

    [Test]
    public async Task A_timeout_says_what_was_expected_and_lists_what_arrived_on_the_channel_since_the_mark()
    {
        var inbox = new BayeuxInbox();
        Add(inbox, "/v2/me/chats", "before the mark");
        var mark = inbox.Mark();
        Add(inbox, "/v2/me/chats", new JsonObject { ["messageType"] = "ParticipantJoined" });
        Add(inbox, "/v2/me/chats", new JsonObject { ["messageType"] = "Text" });
        Add(inbox, "/v2/me/other", "elsewhere");

        var wait = async () => await inbox.WaitForAsync(mark, "/v2/me/chats", e => e.Data?["messageType"]?.GetValue<string>() == "ChatEnded", "the chat ended notification", TimeSpan.FromMilliseconds(200));

        var message = (await wait.Should().ThrowAsync<InboxExpectationException>()).Which.Message;
        message.Should().StartWith("Expected the chat ended notification on /v2/me/chats within 200 ms");
        message.Should().Contain("Actual: 2 events arrived on /v2/me/chats since the mark:")
            .And.Contain("ParticipantJoined").And.Contain("Text").And.NotContain("before the mark").And.Contain("1 events arrived on other channels");
    }

    [Test]
    public async Task Nothing_matching_during_the_quiet_period_passes_and_a_match_fails_at_once()
    {
        var inbox = new BayeuxInbox();
        var mark = inbox.Mark();
        Add(inbox, "/a", "harmless");

        await inbox.AssertNothingAsync(mark, e => e.Channel == "/b", "anything on /b", TimeSpan.FromMilliseconds(100));

        var quiet = inbox.AssertNothingAsync(mark, "/b", e => true, "anything on /b", TimeSpan.FromSeconds(30));
        Add(inbox, "/b", "unwanted");
        var failure = async () => await quiet;
        var message = (await failure.Should().ThrowAsync<InboxExpectationException>()).Which.Message;
        message.Should().StartWith("Expected no anything on /b on /b during 30 s").And.Contain("unwanted");
    }

    [Test]
    public async Task A_predicate_that_throws_fails_the_wait_not_the_delivery()
    {
        var inbox = new BayeuxInbox();
        var mark = inbox.Mark();
        var wait = inbox.WaitForAsync(mark, e => e.Data!["missing"]!.GetValue<int>() == 1, "a field that is not there", TimeSpan.FromSeconds(10));

        Add(inbox, "/a", "not an object");

        var failure = async () => await wait;
        await failure.Should().ThrowAsync<InboxExpectationException>();
        inbox.Events.Should().ContainSingle();
    }
}
