using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>The ack extension: batch ids, redelivery of unacked events, connect-only delivery (docs/cometd-behaviour.md#ack-extension).</summary>
public class AckExtensionTests
{
    private static List<int> Seqs(BayeuxExchange exchange) => exchange.Events.Select(e => e[Fields.Data]!["seq"]!.GetValue<int>()).ToList();

    private static long? AckOf(BayeuxExchange exchange, JsonObject connect) =>
        exchange.Reply(connect[Fields.Id]!.ToString())[Fields.Ext]?[Fields.Ack]?.GetValue<long>();

    private static void Publish(BayeuxTestServer server, params int[] seqs)
    {
        foreach (var seq in seqs)
        {
            server.Bayeux.Publish(TestUsers.Alice, "/v2/me/notifications", new JsonObject { ["seq"] = seq });
        }
    }

    [Test]
    public async Task Batches_are_numbered_and_unacked_events_are_redelivered()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.HandshakeAsync(new JsonObject { [Fields.Ack] = true });

        var first = client.Connect(adviceTimeout: 0, ack: 0);
        var firstReply = await client.PostToAsync("/connect", first);
        Assert.That(AckOf(firstReply, first), Is.EqualTo(1), firstReply.Body);

        var subscribe = await client.PostAsync(client.Subscribe("/v2/me/*"));
        Assert.That(subscribe.Reply("3")[Fields.Successful]!.GetValue<bool>(), Is.True, subscribe.Body);
        Publish(server, 1, 2);
        var piggyBack = await client.PostAsync(client.Subscribe("/v2/me/calls"));
        Assert.That(piggyBack.Events, Is.Empty, "with ack, events go only in connect replies: " + piggyBack.Body);

        var second = client.Connect(ack: 1);
        var secondReply = await client.PostToAsync("/connect", second);
        Assert.Multiple(() =>
        {
            Assert.That(Seqs(secondReply), Is.EqualTo(new List<int> { 1, 2 }), secondReply.Body);
            Assert.That(AckOf(secondReply, second), Is.EqualTo(2), secondReply.Body);
        });

        // Pretend the last response was lost: ack the older batch again.
        Publish(server, 3);
        var resend = client.Connect(ack: 1);
        var resendReply = await client.PostToAsync("/connect", resend);
        Assert.Multiple(() =>
        {
            Assert.That(Seqs(resendReply), Is.EqualTo(new List<int> { 1, 2, 3 }), resendReply.Body);
            Assert.That(AckOf(resendReply, resend), Is.EqualTo(3), resendReply.Body);
        });

        // Everything acked: the next connect is held until a new event.
        var held = client.Connect(ack: 3);
        var heldTask = client.PostToAsync("/connect", held);
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(client.ClientId!), () => "acked connect never held");
        Publish(server, 4);
        var heldReply = await Waiting.WithinAsync(heldTask, "held ack connect");
        Assert.Multiple(() =>
        {
            Assert.That(Seqs(heldReply), Is.EqualTo(new List<int> { 4 }), heldReply.Body);
            Assert.That(AckOf(heldReply, held), Is.EqualTo(4), heldReply.Body);
        });
    }

    [Test]
    public async Task Connect_without_ack_ext_does_not_acknowledge()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 30000);
        using var client = server.NewClient();
        await client.HandshakeAsync(new JsonObject { [Fields.Ack] = true });
        await client.PostToAsync("/connect", client.Connect(adviceTimeout: 0, ack: 0));
        await client.PostAsync(client.Subscribe("/v2/me/notifications"));
        Publish(server, 1);
        var delivered = await client.PostToAsync("/connect", client.Connect(ack: 1));
        Assert.That(Seqs(delivered), Is.EqualTo(new List<int> { 1 }), delivered.Body);
        var again = await client.PostToAsync("/connect", client.Connect());
        Assert.That(Seqs(again), Is.EqualTo(new List<int> { 1 }), "no ack value: the batch stays unacked and is sent again: " + again.Body);
    }

    [Test]
    public async Task Without_ack_in_the_handshake_replies_carry_no_ack()
    {
        await using var server = await BayeuxTestServer.StartAsync();
        using var client = server.NewClient();
        await client.HandshakeAsync();
        var connect = client.Connect(adviceTimeout: 0, ack: 0);
        var exchange = await client.PostToAsync("/connect", connect);
        Assert.That(exchange.Reply("2")[Fields.Ext], Is.Null, exchange.Body);
    }
}
