using System.Net;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.MockServer.Bayeux;
using MockServer.Tests.Bayeux.Support;

namespace MockServer.Tests.Bayeux;

/// <summary>The number of live Bayeux sessions is bounded (BayeuxServerOptions.MaxSessions); at the bound a handshake is refused, never a 5xx.</summary>
public class SessionLimitTests
{
    [Test]
    public async Task At_the_bound_a_handshake_is_refused_with_advice_and_a_freed_slot_is_reused()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.MaxSessions = 3);
        var clients = Enumerable.Range(0, 3).Select(_ => server.NewClient()).ToList();
        foreach (var client in clients)
        {
            await client.HandshakeAsync();
        }

        using var extra = server.NewClient();
        var handshake = extra.Handshake();
        var refused = await extra.PostToAsync("/handshake", handshake);
        var reply = refused.Reply(handshake[Fields.Id]!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK), "a Bayeux refusal is HTTP 200");
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.False, refused.Body);
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo(BayeuxErrors.SessionLimit), refused.Body);
            Assert.That(reply[Fields.ClientId], Is.Null, refused.Body);
            Assert.That(JsonNode.DeepEquals(reply[Fields.Advice], JsonNode.Parse("""{"reconnect":"handshake","interval":10000}""")), Is.True, refused.Body);
            Assert.That(server.Bayeux.SessionCount, Is.EqualTo(3));
        });

        var bye = await clients[0].PostToAsync("/disconnect", clients[0].Disconnect());
        Assert.That(bye.Status, Is.EqualTo(HttpStatusCode.OK), bye.Body);
        await extra.HandshakeAsync();
        Assert.That(server.Bayeux.SessionCount, Is.EqualTo(3));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Test]
    public async Task Expired_sessions_free_their_slots()
    {
        await using var server = await BayeuxTestServer.StartAsync(o =>
        {
            o.MaxSessions = 2;
            o.MaxInterval = 200;
            o.SweepPeriod = 50;
        });
        using var first = server.NewClient();
        using var second = server.NewClient();
        await first.HandshakeAsync();
        await second.HandshakeAsync();
        await Waiting.UntilAsync(() => server.Bayeux.SessionCount == 0, () => $"{server.Bayeux.SessionCount} session(s) still alive");
        using var third = server.NewClient();
        await third.HandshakeAsync();
        Assert.That(server.Bayeux.SessionCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_subscribe_past_the_pattern_bound_is_refused_whole_and_the_earlier_ones_stay()
    {
        await using var server = await BayeuxTestServer.StartAsync(o => o.MaxSubscriptions = 2);
        using var client = server.NewClient();
        await client.StartAsync("/v2/me/chats", "/v2/me/chats");
        var tooMany = client.Subscribe(new JsonArray("/v2/me/smssessions", "/v2/me/im-sessions"));
        var refused = await client.PostAsync(tooMany);
        var reply = refused.Reply(tooMany[Fields.Id]!.ToString());
        var fits = client.Subscribe("/v2/me/smssessions");
        var accepted = await client.PostAsync(fits);
        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK), refused.Body);
            Assert.That(reply[Fields.Successful]!.GetValue<bool>(), Is.False, refused.Body);
            Assert.That(reply[Fields.Error]!.GetValue<string>(), Is.EqualTo(BayeuxErrors.SubscriptionLimit), refused.Body);
            Assert.That(accepted.Reply(fits[Fields.Id]!.ToString())[Fields.Successful]!.GetValue<bool>(), Is.True, accepted.Body);
        });
    }
}
