using Bayeux.Tests.Fakes;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>Wildcard subscriptions matched locally; overlapping subscriptions deliver once (Bayeux spec: "Channel Globbing"; docs/cometd-behaviour.md#overlapping-subscriptions).</summary>
public class WildcardTests
{
    private static readonly TimeSpan Deadline = ClientFactory.Deadline;

    [TestCase(false, TestName = "Overlapping subscriptions deliver an event once (server sends one copy, as Java CometD and Faye)")]
    [TestCase(true, TestName = "Overlapping subscriptions deliver an event once (server sends a copy per subscription, as cometd-nodejs-server)")]
    public async Task Overlapping_subscriptions_deliver_once(bool copyPerSubscription)
    {
        var server = new FakeServer { CopyPerSubscription = copyPerSubscription };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync(["/v2/me/notifications", "/v2/me/*", "/v2/**"]);
        var mark = client.Inbox.Mark();

        server.PublishMany("/v2/me/notifications", 1, 2);
        server.Publish("/v2/me/other", 3);
        server.Publish("/v2/me/deeper/still", 4);

        var last = await client.Inbox.WaitForAsync(mark, e => e.Data!.GetValue<int>() == 4, "event 4", Deadline);
        await client.Inbox.AssertNothingAsync(mark, e => e.Order > last.Order, "copies", TimeSpan.FromMilliseconds(300));
        var events = client.Inbox.Since(mark);
        events.Select(e => e.Data!.GetValue<int>()).Should().Equal(1, 2, 3, 4);
        events[0].Subscriptions.Should().BeEquivalentTo("/v2/me/notifications", "/v2/me/*", "/v2/**");
        events[2].Subscriptions.Should().BeEquivalentTo("/v2/me/*", "/v2/**");
        events[3].Subscriptions.Should().BeEquivalentTo("/v2/**");
        client.OverlapDuplicatesDropped.Should().Be(copyPerSubscription ? 5 : 0); // 2 + 2 for events 1 and 2, 1 for event 3
    }

    [Test]
    public async Task Two_equal_events_on_a_channel_with_a_single_subscription_are_both_delivered()
    {
        var server = new FakeServer();
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x/*");
        var mark = client.Inbox.Mark();

        server.PublishMany("/x/y", "same", "same");

        var events = await client.Inbox.WaitForCountAsync(mark, "/x/*", 2, "both copies", Deadline);
        events.Should().HaveCount(2);
        client.OverlapDuplicatesDropped.Should().Be(0);
    }

    [Test]
    public async Task Invalid_patterns_and_meta_channels_are_refused_before_anything_is_sent()
    {
        var server = new FakeServer();
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();

        foreach (var bad in new[] { "/meta/connect", "/a/*/b", "a/b", "/a//b" })
        {
            var attempt = async () => await client.SubscribeAsync(bad);
            await attempt.Should().ThrowAsync<ArgumentException>(bad);
        }
        var publish = async () => await client.PublishAsync("/a/*", 1);
        await publish.Should().ThrowAsync<ArgumentException>();
        server.RequestsOn("/meta/subscribe").Should().BeEmpty();
    }
}
