using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>Many sessions long-polling while events are published: nothing lost, duplicated or reordered.</summary>
public class ConcurrencyTests
{
    private const int Sessions = 16;
    private const int Events = 200;

    /// <summary>Connect loop of one client until it has <see cref="Events"/> events; bounded in count and time.</summary>
    private static async Task<List<int>> CollectAsync(RawBayeuxClient client, bool ack)
    {
        var seqs = new List<int>();
        long lastBatch = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        for (var round = 0; round < 10 * Events && seqs.Count < Events && DateTime.UtcNow < deadline; round++)
        {
            var connect = client.Connect(ack: ack ? lastBatch : null);
            var exchange = await client.PostToAsync("/connect", connect);
            var reply = exchange.Reply(connect[Fields.Id]!.ToString());
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.True, exchange.Body);
            seqs.AddRange(exchange.Events.Select(e => e[Fields.Data]!["seq"]!.GetValue<int>()));
            lastBatch = reply[Fields.Ext]?[Fields.Ack]?.GetValue<long>() ?? lastBatch;
        }
        return seqs;
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Every_session_gets_every_event_once_in_order(bool ack)
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 5000);
        var clients = Enumerable.Range(0, Sessions).Select(_ => server.NewClient()).ToList();
        try
        {
            foreach (var client in clients)
            {
                await client.HandshakeAsync(ack ? new JsonObject { [Fields.Ack] = true } : null);
                await client.PostToAsync("/connect", client.Connect(adviceTimeout: 0, ack: ack ? 0 : null));
                await client.PostAsync(client.Subscribe("/v2/me/**"));
            }
            var collectors = clients.Select(c => Task.Run(() => CollectAsync(c, ack))).ToList();
            var publisher = Task.Run(() =>
            {
                for (var seq = 1; seq <= Events; seq++)
                {
                    server.Bayeux.Publish(TestUsers.Alice, seq % 3 == 0 ? "/v2/me/chats" : "/v2/me/calls", new JsonObject { ["seq"] = seq });
                }
            });
            await Waiting.WithinAsync(publisher.ContinueWith(_ => true, TaskScheduler.Default), "publisher");
            var results = await Waiting.WithinAsync(Task.WhenAll(collectors), "collectors", TimeSpan.FromSeconds(90));
            Assert.Multiple(() =>
            {
                for (var i = 0; i < results.Length; i++)
                {
                    Assert.That(results[i], Is.EqualTo(Enumerable.Range(1, Events)), $"session {i}: got {results[i].Count} events");
                }
            });
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
