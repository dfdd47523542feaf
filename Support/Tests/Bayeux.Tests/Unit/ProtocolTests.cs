using System.Text.Json.Nodes;
using Bayeux.Tests.Fakes;
using Conformance.Bayeux;
using Conformance.Bayeux.Protocol;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>The message rules the client keeps (Bayeux spec: "Common Message Field Definitions", "Meta Message Field Definitions"; docs/cometd-behaviour.md#batching).</summary>
public class ProtocolTests
{
    private static readonly TimeSpan Deadline = ClientFactory.Deadline;

    [Test]
    public async Task Handshake_then_connect_alone_with_reply_now_advice_then_subscribe_with_unique_ids()
    {
        var server = new FakeServer();
        await using var client = ClientFactory.WithFake(server, out _);

        await client.HandshakeAsync();
        var reply = await client.SubscribeAsync("/v2/me/chats");

        reply.Successful.Should().BeTrue();
        client.State.Should().Be(BayeuxState.Connected);
        var handshake = server.RequestsOn(MetaChannels.Handshake).Single();
        JsonRead.String(handshake, Fields.Version).Should().Be("1.0");
        handshake[Fields.SupportedConnectionTypes]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("long-polling");
        handshake[Fields.Ext]![Fields.Ack]!.GetValue<bool>().Should().BeTrue("the client asks for the ack extension");
        var connects = await server.WaitForMessagesAsync(MetaChannels.Connect, 2, Deadline);
        connects[0][Fields.Advice]![Advice.Timeout]!.GetValue<int>().Should().Be(0, "the first connect asks for an immediate reply (docs/cometd-behaviour.md#advice-defaults)");
        connects[1].ContainsKey(Fields.Advice).Should().BeFalse("later connects are held");
        JsonRead.String(connects[0], Fields.ClientId).Should().Be(client.ClientId);
        server.Requests.Where(r => r.Batch.Any(m => JsonRead.String(m, Fields.Channel) == MetaChannels.Connect))
            .Should().OnlyContain(r => r.Batch.Count == 1, "/meta/connect travels alone in its request (docs/cometd-behaviour.md#batching)");
        var ids = server.Requests.SelectMany(r => r.Batch).Select(m => JsonRead.String(m, Fields.Id)).ToList();
        ids.Should().NotContainNulls().And.OnlyHaveUniqueItems();
    }

    [Test]
    public async Task Replies_are_correlated_by_id_not_by_position()
    {
        var server = new FakeServer
        {
            Middleware = async (batch, next) =>
            {
                var response = await next();
                if (batch.Any(m => JsonRead.String(m, Fields.Channel) == MetaChannels.Subscribe))
                {
                    response.Messages.Reverse();
                }
                return response;
            },
        };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();

        var replies = await client.SubscribeAsync(["/a/one", "/a/two", "/a/three"]);

        replies.Select(r => JsonRead.String(r.Message, Fields.Subscription)).Should().Equal("/a/one", "/a/two", "/a/three");
        var refused = async () => await client.SubscribeAsync(["/a/four", "/denied/five"]);
        (await refused.Should().ThrowAsync<BayeuxRequestException>()).Which.Message.Should().Contain("/denied/five").And.NotContain("/a/four");
        client.Subscriptions.Should().Equal("/a/one", "/a/two", "/a/three", "/a/four");
    }

    [Test]
    public async Task Events_are_read_from_every_response_in_any_position_and_in_order()
    {
        var server = new FakeServer();
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        server.Middleware = async (batch, next) =>
        {
            var response = await next();
            var channel = JsonRead.String(batch[0], Fields.Channel);
            if (channel == MetaChannels.Subscribe)
            {
                // CometD flushes queued events into any response (docs/cometd-behaviour.md#flush-into-any-response): before and after the reply.
                response.Messages.Insert(0, FakeServer.Event("/x/a", 1));
                response.Messages.Add(FakeServer.Event("/x/a", 2));
            }
            else if (channel == "/x/publish")
            {
                response.Messages.Add(FakeServer.Event("/x/a", 3));
            }
            return response;
        };
        var mark = client.Inbox.Mark();

        await client.SubscribeAsync("/x/a");
        client.Inbox.Since(mark).Select(e => e.Data!.GetValue<int>()).Should().Equal([1, 2], "events in a subscribe reply are in the inbox when SubscribeAsync returns");
        var published = await client.PublishAsync("/x/publish", new JsonObject { ["hello"] = "world" });
        published.Successful.Should().BeTrue();
        server.EventsAfterReplies = true; // Faye's order (docs/cometd-behaviour.md#events-and-replies-order)
        server.Publish("/x/a", 4);
        await client.Inbox.WaitForAsync(mark, "/x/a", e => e.Data!.GetValue<int>() == 4, "event 4 in a connect response", Deadline);
        server.EventsAfterReplies = false;
        server.Publish("/x/a", 5);
        server.Publish("/x/a", 6);
        await client.Inbox.WaitForAsync(mark, "/x/a", e => e.Data!.GetValue<int>() == 6, "event 6", Deadline);

        client.Inbox.Since(mark).Select(e => e.Data!.GetValue<int>()).Should().Equal(1, 2, 3, 4, 5, 6);
        client.Inbox.Since(mark).Select(e => e.Order).Should().BeInAscendingOrder();
    }

    [Test]
    public async Task Meta_replies_and_publish_replies_are_never_events()
    {
        var server = new FakeServer();
        await using var client = ClientFactory.WithFake(server, out var transport);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/**");
        var mark = client.Inbox.Mark();

        await client.PublishAsync("/x/y", 1);
        // A stray meta message without a matching request, as the JS client would hand to a /** listener (docs/cometd-behaviour.md#wildcard-meta).
        transport.Push(new JsonObject { [Fields.Channel] = MetaChannels.Connect, [Fields.Successful] = true, [Fields.Id] = "999" });
        server.Publish("/x/y", 2);

        var arrived = await client.Inbox.WaitForAsync(mark, e => true, "the published event", Deadline);
        arrived.Data!.GetValue<int>().Should().Be(2);
        await client.Inbox.AssertNothingAsync(mark, e => e.Channel.StartsWith("/meta/", StringComparison.Ordinal) || e.Data is null, "meta or publish replies", TimeSpan.FromMilliseconds(300));
        client.Inbox.Events.Should().ContainSingle();
    }

    [Test]
    public async Task Disconnect_sends_meta_disconnect_keeps_events_of_the_released_connect_and_ends_disconnected()
    {
        var server = new FakeServer { TimeoutMs = 10_000 };
        var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");
        await server.WaitForMessagesAsync(MetaChannels.Connect, 2, Deadline); // the second one is held
        server.Middleware = async (batch, next) =>
        {
            var response = await next();
            if (JsonRead.String(batch[0], Fields.Channel) == MetaChannels.Disconnect)
            {
                response.Messages.Insert(0, FakeServer.Event("/x", "last words"));
            }
            return response;
        };

        await client.DisposeAsync();

        client.State.Should().Be(BayeuxState.Disconnected);
        server.RequestsOn(MetaChannels.Disconnect).Should().ContainSingle();
        client.Inbox.Events.Select(e => e.Data!.GetValue<string>()).Should().Equal("last words");
        server.SessionIds.Should().BeEmpty();
    }
}
