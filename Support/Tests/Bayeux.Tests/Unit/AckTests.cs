using System.Text.Json.Nodes;
using Bayeux.Tests.Fakes;
using Conformance.Bayeux.Protocol;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>The ack extension (CometD reference: Acknowledge extension; docs/cometd-behaviour.md#ack-extension).</summary>
public class AckTests
{
    private static readonly TimeSpan Deadline = ClientFactory.Deadline;

    [Test]
    public async Task The_ack_is_used_only_when_offered_and_each_connect_acknowledges_the_last_processed_batch()
    {
        var server = new FakeServer { AckSupported = true, TimeoutMs = 300 };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");
        client.AckEnabled.Should().BeTrue();
        var mark = client.Inbox.Mark();
        server.Publish("/x", 1);
        await client.Inbox.WaitForAsync(mark, "/x", e => true, "event 1", Deadline);

        var connects = await server.WaitForMessagesAsync(MetaChannels.Connect, 4, Deadline);

        var acks = connects.Select(c => JsonRead.Long(c[Fields.Ext] as JsonObject, Fields.Ack)).ToList();
        acks[0].Should().Be(0, "the first connect acknowledges batch 0");
        acks.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("every connect acknowledges the batch of the previous reply");

        var plain = new FakeServer { AckSupported = false };
        await using var other = ClientFactory.WithFake(plain, out _);
        await other.HandshakeAsync();
        other.AckEnabled.Should().BeFalse();
        (await plain.WaitForMessagesAsync(MetaChannels.Connect, 1, Deadline))[0].ContainsKey(Fields.Ext).Should().BeFalse();
    }

    [Test]
    public async Task Events_redelivered_after_a_lost_connect_reply_are_delivered_once_and_in_order()
    {
        // Over a WebSocket, events can arrive before the connect reply that closes their batch. If the socket
        // breaks in between, the next connect acknowledges the older batch and the server resends them.
        var server = new FakeServer { AckSupported = true, TimeoutMs = 10_000 };
        FakeTransport? socket = null;
        var lostOnce = 0;
        string? lostId = null;
        server.Middleware = async (batch, next) =>
        {
            var response = await next();
            if (JsonRead.String(batch[0], Fields.Channel) == MetaChannels.Connect && response.Messages.Count > 1 && Interlocked.Increment(ref lostOnce) == 1)
            {
                // Push the events, then lose the socket before the reply that acknowledges them arrives.
                lostId = JsonRead.String(batch[0], Fields.Id);
                socket!.Push([.. response.Messages.Where(m => JsonRead.String(m, Fields.Channel) != MetaChannels.Connect)]);
                socket.Break();
                return FakeResponse.NoAnswer();
            }
            return response;
        };
        await using var client = ClientFactory.WithFake(server, out socket, push: true);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");
        var mark = client.Inbox.Mark();

        server.PublishMany("/x", 1, 2);
        await client.Inbox.WaitForCountAsync(mark, "/x", 2, "events 1 and 2 pushed before the socket broke", Deadline);
        server.Publish("/x", 3);
        var events = await client.Inbox.WaitForCountAsync(mark, "/x", 3, "event 3 after the redelivery", Deadline);

        events.Select(e => e.Data!.GetValue<int>()).Should().Equal(1, 2, 3);
        await client.Inbox.AssertNothingAsync(mark, "/x", e => e.Order > events[2].Order, "a duplicate", TimeSpan.FromMilliseconds(300));
        client.RedeliveriesDropped.Should().Be(2);
        var connects = server.RequestsOn(MetaChannels.Connect).ToList();
        var lost = connects.FindIndex(c => JsonRead.String(c, Fields.Id) == lostId);
        lost.Should().BePositive();
        JsonRead.Long(connects[lost + 1][Fields.Ext] as JsonObject, Fields.Ack).Should().Be(JsonRead.Long(connects[lost][Fields.Ext] as JsonObject, Fields.Ack),
            "the ack advances only after the whole response was processed, so the retry repeats the old ack");
        socket.Opens.Should().Be(2, "the broken socket was reopened");
    }

    [Test]
    public async Task A_response_that_does_not_repeat_the_unacked_events_is_not_mistaken_for_a_redelivery()
    {
        var server = new FakeServer { AckSupported = true, TimeoutMs = 10_000 };
        await using var client = ClientFactory.WithFake(server, out var socket, push: true);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");
        var mark = client.Inbox.Mark();

        // Two identical events pushed outside any batch, then a batch that starts with a different event.
        socket.Push(FakeServer.Event("/x", "same"), FakeServer.Event("/x", "same"));
        server.PublishMany("/x", "other", "same");

        var events = await client.Inbox.WaitForCountAsync(mark, "/x", 4, "all four events", Deadline);
        events.Select(e => e.Data!.GetValue<string>()).Should().Equal("same", "same", "other", "same");
        client.RedeliveriesDropped.Should().Be(0);
    }
}
