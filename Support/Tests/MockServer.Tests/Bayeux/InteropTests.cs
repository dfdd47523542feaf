using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>
/// Third-party Bayeux clients against the mock's endpoint (the proof that real clients accept it; peers as in docs/cometd-behaviour.md): the
/// official CometD JS client (via cometd-nodejs-client) and Faye, over long-polling and WebSocket.
/// The peer subscribes, the test publishes through <see cref="Conformance.MockServer.Bayeux.INotificationPublisher"/>,
/// and the peer must report every event, in order, on the transport asked for.
/// </summary>
[NonParallelizable]
public class InteropTests
{
    private const int Events = 10;
    private const string Channel = "/v2/me/notifications";

    [TestCase("cometd", "long-polling", false, Channel)]
    [TestCase("cometd", "websocket", false, Channel)]
    [TestCase("cometd", "long-polling", true, Channel)]
    [TestCase("cometd", "websocket", true, Channel)]
    [TestCase("cometd", "long-polling", false, "/v2/me/*")]
    [TestCase("faye", "long-polling", false, Channel)]
    [TestCase("faye", "websocket", false, Channel)]
    [TestCase("faye", "long-polling", false, "/v2/**")]
    public async Task Peer_handshakes_subscribes_and_receives_every_event_in_order(string lib, string transport, bool ack, string subscription)
    {
        // Short hold, so idle connects cycle during the test; no authenticator: the user is "".
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 2000, authenticated: false);
        var arguments = new List<string>
        {
            "--lib", lib, "--transport", transport, "--url", server.Endpoint.ToString(),
            "--channel", subscription, "--expect", Events.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seconds", "60",
        };
        if (ack)
        {
            arguments.Add("--ack");
        }
        using var peer = NodePeer.Start([.. arguments]);

        var ready = await peer.WaitForEventAsync("ready", TimeSpan.FromSeconds(30));
        for (var seq = 1; seq <= Events; seq++)
        {
            server.Bayeux.Publish("", Channel, new JsonObject { ["seq"] = seq });
        }
        var done = await peer.WaitForEventAsync("done", TimeSpan.FromSeconds(30));
        var exit = await peer.WaitForExitAsync(TimeSpan.FromSeconds(15));

        var seqs = peer.Lines.Where(l => l["event"]?.GetValue<string>() == "message")
            .Select(l => l["data"]!["seq"]!.GetValue<int>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, peer.Describe());
            Assert.That(seqs, Is.EqualTo(Enumerable.Range(1, Events)), peer.Describe());
            Assert.That(done["received"]!.GetValue<int>(), Is.EqualTo(Events));
            Assert.That(server.Bayeux.SessionCount, Is.Zero, "the peer disconnected");
        });
        if (transport == ConnectionTypes.WebSocket)
        {
            // CometD does everything over the socket; Faye handshakes over HTTP first, then switches.
            Assert.That(server.Bayeux.WebSocketBatches, Is.GreaterThan(lib == "cometd" ? 2 : 0), "batches over WebSocket; " + peer.Describe());
            Assert.That(ready["transport"]?.GetValue<string>(), Is.EqualTo(transport), peer.Describe());
        }
        else
        {
            Assert.That(server.Bayeux.WebSocketBatches, Is.Zero, peer.Describe());
            Assert.That(server.Bayeux.LongPollingBatches, Is.GreaterThan(2), peer.Describe());
        }
        if (lib == "cometd")
        {
            Assert.That(ready["transport"]?.GetValue<string>(), Is.EqualTo(transport), peer.Describe());
            Assert.That(ready["ack"]?.GetValue<bool>() == true, Is.EqualTo(ack), "server's handshake ext.ack as the client saw it; " + peer.Describe());
        }
    }

    [TestCase("long-polling")]
    [TestCase("websocket")]
    public async Task CometD_client_handshakes_again_after_its_session_is_dropped_and_gets_later_events(string transport)
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 20000, authenticated: false);
        using var peer = NodePeer.Start("--lib", "cometd", "--transport", transport, "--url", server.Endpoint.ToString(),
            "--channel", Channel, "--expect", "10", "--seconds", "60");
        await peer.WaitForEventAsync("ready", TimeSpan.FromSeconds(30));
        for (var seq = 1; seq <= 5; seq++)
        {
            server.Bayeux.Publish("", Channel, new JsonObject { ["seq"] = seq });
        }
        await peer.WaitForCountAsync("message", 5, TimeSpan.FromSeconds(30));
        await Waiting.UntilAsync(() => server.Bayeux.SessionCount == 1 && server.Bayeux.DropSessions() == 1,
            () => $"no session to drop; {peer.Describe()}");

        // The held connect is answered 402 + reconnect:handshake; the client handshakes and subscribes again.
        await peer.WaitForCountAsync("ready", 2, TimeSpan.FromSeconds(30));
        for (var seq = 6; seq <= 10; seq++)
        {
            server.Bayeux.Publish("", Channel, new JsonObject { ["seq"] = seq });
        }
        await peer.WaitForEventAsync("done", TimeSpan.FromSeconds(30));
        var exit = await peer.WaitForExitAsync(TimeSpan.FromSeconds(15));
        var seqs = peer.Lines.Where(l => l["event"]?.GetValue<string>() == "message").Select(l => l["data"]!["seq"]!.GetValue<int>()).ToList();
        var clientIds = peer.Lines.Where(l => l["event"]?.GetValue<string>() == "ready").Select(l => l["clientId"]!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, peer.Describe());
            Assert.That(seqs, Is.EqualTo(Enumerable.Range(1, 10)), peer.Describe());
            Assert.That(clientIds.Distinct().Count(), Is.EqualTo(2), "a new clientId after the re-handshake; " + peer.Describe());
        });
    }
}
