using System.Text.Json.Nodes;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>
/// An exchange recorded between the official client and cometd-nodejs-server, replayed byte for
/// byte against the mock. The clientId and event id vary; the mock adds an event id, as Faye does.
/// </summary>
public class WireSampleTests
{
    [Test]
    public async Task Official_client_sequence_of_bayeux_md_2_4_gets_the_same_replies()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.Timeout = 3000);
        using var client = server.NewClient();

        var handshake = await client.PostRawAsync(
            """[{"id":"1","version":"1.0","minimumVersion":"1.0","channel":"/meta/handshake","supportedConnectionTypes":["long-polling","callback-polling"],"advice":{"timeout":60000,"interval":0}}]""",
            "/handshake");
        var clientId = handshake.Messages![0]!["clientId"]!.GetValue<string>();
        Assert.That(handshake.Body, Is.EqualTo(
            $$$"""[{"id":"1","channel":"/meta/handshake","successful":true,"clientId":"{{{clientId}}}","version":"1.0","supportedConnectionTypes":["websocket","long-polling"],"advice":{"reconnect":"retry","timeout":3000,"interval":0}}]"""));

        var connect = await client.PostRawAsync(
            $$$"""[{"id":"3","channel":"/meta/connect","connectionType":"long-polling","advice":{"timeout":0},"clientId":"{{{clientId}}}"}]""", "/connect");
        Assert.That(connect.Body, Is.EqualTo("""[{"id":"3","channel":"/meta/connect","successful":true,"advice":{"reconnect":"retry","timeout":3000,"interval":0}}]"""));

        var subscribe = await client.PostRawAsync(
            $$"""[{"id":"2","channel":"/meta/subscribe","subscription":"/v2/me/notifications","clientId":"{{clientId}}"}]""", "/");
        Assert.That(subscribe.Body, Is.EqualTo("""[{"id":"2","channel":"/meta/subscribe","subscription":"/v2/me/notifications","successful":true}]"""));

        var held = client.PostRawAsync($$"""[{"id":"4","channel":"/meta/connect","connectionType":"long-polling","clientId":"{{clientId}}"}]""", "/connect");
        await Waiting.UntilAsync(() => server.Bayeux.IsHoldingConnect(clientId), () => "connect 4 never held");
        server.Bayeux.Publish(TestUsers.Alice, "/v2/me/notifications", new JsonObject { ["seq"] = 1, ["ts"] = 1795240305094 });
        var released = await Waiting.WithinAsync(held, "connect 4");
        var eventId = released.Messages![0]!["id"]!.GetValue<string>();
        Assert.That(released.Body, Is.EqualTo(
            $$"""[{"channel":"/v2/me/notifications","data":{"seq":1,"ts":1795240305094},"id":"{{eventId}}"},{"id":"4","channel":"/meta/connect","successful":true}]"""));

        var idle = await client.PostRawAsync($$"""[{"id":"5","channel":"/meta/connect","connectionType":"long-polling","clientId":"{{clientId}}"}]""", "/connect");
        Assert.Multiple(() =>
        {
            Assert.That(idle.Body, Is.EqualTo("""[{"id":"5","channel":"/meta/connect","successful":true}]"""));
            Assert.That(idle.Elapsed, Is.GreaterThan(TimeSpan.FromMilliseconds(2900)), "held for advice.timeout as in the idle case");
        });
    }
}
