using System.Net;
using Conformance.Bayeux;
using FluentAssertions;

namespace Bayeux.Tests.Interop;

/// <summary>
/// Our client against real third-party Bayeux servers from the pinned npm lock file (the observed
/// behaviour in docs/cometd-behaviour.md, re-checked): every test counts published against received events and fails on any loss or reorder.
/// </summary>
[Category("Interop")]
public class InteropTests
{
    private const string Channel = "/v2/me/notifications";
    private const int Events = 200;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly List<IAsyncDisposable> _cleanup = [];

    [TearDown]
    public async Task StopEverything()
    {
        // Clients first (they disconnect), then the peers; also after a failure.
        foreach (var item in Enumerable.Reverse(_cleanup))
        {
            await item.DisposeAsync();
        }
        _cleanup.Clear();
    }

    [TestCase(false, TestName = "cometd-nodejs-server, long-polling: every event once, in order")]
    [TestCase(true, TestName = "cometd-nodejs-server with the ack extension: every event once, in order")]
    public async Task CometD_server_delivers_every_event_in_order(bool ack)
    {
        var server = await Start("cometd-server.cjs", ack ? ["--ack", "--timeout", "20000"] : ["--timeout", "20000"]);
        var client = Client(server.Endpoint);
        await client.HandshakeAsync();
        await client.SubscribeAsync(Channel);
        client.AckEnabled.Should().Be(ack);

        // The connect is now held for 20 s; a subscribe must not wait behind it (Bayeux spec: "Two connection operation").
        await client.WaitForStateAsync(Deadline, BayeuxState.Connected);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await client.SubscribeAsync("/v2/me/other");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the held connect must not block the subscribe");

        await AssertSequenceAsync(server, client, run: 1);
        client.Gaps.Should().BeEmpty();
    }

    [TestCase("cometd-server.cjs", false, "402::session_unknown", TestName = "cometd-nodejs-server restarted mid-run: re-handshake, resubscribe, gap flagged, keeps receiving")]
    [TestCase("faye-server.cjs", true, "401:", TestName = "faye (websocket) restarted mid-run: re-handshake, resubscribe, gap flagged, keeps receiving")]
    public async Task A_server_restarted_mid_run_is_rehandshaken_resubscribed_and_the_gap_is_flagged(string script, bool webSocket, string lossError)
    {
        string[] timeout = script.StartsWith("faye", StringComparison.Ordinal) ? ["--timeout", "5"] : ["--timeout", "5000"];
        var first = await Start(script, timeout);
        var port = first.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = Client(first.Endpoint, preferWebSocket: webSocket, backOff: new LinearBackOff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)));
        await client.HandshakeAsync();
        await client.SubscribeAsync(Channel);
        var firstSession = client.ClientId;
        await AssertSequenceAsync(first, client, run: 1);
        var mark = client.Inbox.Mark();

        await first.DisposeAsync();
        _cleanup.Remove(first);
        var second = await Start(script, [.. timeout, "--port", port]);
        var gap = await client.Inbox.WaitForGapAsync(mark, Deadline);
        await second.WaitForAsync(l => l["event"]?.GetValue<string>() == "subscribed" && l["channel"]?.GetValue<string>() == Channel, "the resubscribe", Deadline);

        gap.PreviousClientId.Should().Be(firstSession);
        gap.NewClientId.Should().Be(client.ClientId).And.NotBe(firstSession);
        gap.Resubscribed.Should().Equal(Channel);
        gap.Reason.Should().Contain(lossError, "the restarted server does not know the old session");
        await AssertSequenceAsync(second, client, run: 2);
        client.State.Should().Be(BayeuxState.Connected);
        client.ConnectionType.Should().Be(webSocket ? "websocket" : "long-polling");
    }

    [Test]
    public async Task CometD_server_copies_for_overlapping_subscriptions_are_delivered_once()
    {
        var server = await Start("cometd-server.cjs", "--timeout", "20000");
        var client = Client(server.Endpoint);
        await client.HandshakeAsync();
        await client.SubscribeAsync([Channel, "/v2/me/*"]);

        await AssertSequenceAsync(server, client, run: 1, count: 50);
        client.OverlapDuplicatesDropped.Should().Be(50, "cometd-nodejs-server sends one copy per matching subscription (docs/cometd-behaviour.md#overlapping-subscriptions)");
    }

    [Test]
    public async Task Two_clients_sharing_a_cookie_container_get_their_own_BAYEUX_BROWSER_and_no_multiple_clients_advice()
    {
        var server = await Start("cometd-server.cjs", "--timeout", "20000");
        var cookies = new CookieContainer();
        var first = Client(server.Endpoint, cookies: cookies);
        var second = Client(server.Endpoint, cookies: cookies);
        await first.HandshakeAsync();
        await second.HandshakeAsync();
        await first.SubscribeAsync(Channel);
        await second.SubscribeAsync(Channel);
        await server.WaitForAsync(l => l["event"]?.GetValue<string>() == "subscribed", "two subscribes", Deadline, skip: 1);
        var firstMark = first.Inbox.Mark();
        var secondMark = second.Inbox.Mark();

        await server.PublishAsync(Channel, 50, 1, Deadline);

        AssertInOrder(await first.Inbox.WaitForCountAsync(firstMark, Channel, 50, "run 1 (first client)", Deadline), 1, 50);
        AssertInOrder(await second.Inbox.WaitForCountAsync(secondMark, Channel, 50, "run 1 (second client)", Deadline), 1, 50);
        first.BrowserCookie.Should().NotBeNull().And.NotBe(second.BrowserCookie);
        first.Traffic.ToText().Should().NotContain("multiple-clients");
        second.Traffic.ToText().Should().NotContain("multiple-clients");
    }

    [Test]
    public async Task A_websocket_preference_against_cometd_nodejs_server_falls_back_to_long_polling()
    {
        var server = await Start("cometd-server.cjs", "--timeout", "20000");
        var client = Client(server.Endpoint, preferWebSocket: true);
        await client.HandshakeAsync();
        await client.SubscribeAsync(Channel);

        client.ConnectionType.Should().Be("long-polling", "cometd-nodejs-server has no WebSocket support (docs/cometd-behaviour.md#websocket)");
        await AssertSequenceAsync(server, client, run: 1, count: 50);
    }

    [TestCase(false, TestName = "faye, long-polling: every event once, in order")]
    [TestCase(true, TestName = "faye, websocket: every event once, in order")]
    public async Task Faye_delivers_every_event_in_order(bool webSocket)
    {
        var server = await Start("faye-server.cjs", "--timeout", "20");
        var client = Client(server.Endpoint, preferWebSocket: webSocket);
        await client.HandshakeAsync();
        await client.SubscribeAsync(Channel);

        client.ConnectionType.Should().Be(webSocket ? "websocket" : "long-polling");
        await AssertSequenceAsync(server, client, run: 1);
        client.Gaps.Should().BeEmpty();
    }

    private static void AssertInOrder(IReadOnlyList<BayeuxEvent> events, int run, int count)
    {
        var seqs = events.Select(e => e.Data!["seq"]!.GetValue<int>()).ToList();
        events.Should().OnlyContain(e => e.Data!["run"]!.GetValue<int>() == run);
        seqs.Should().Equal(Enumerable.Range(1, count), "every published event arrives exactly once and in order");
    }

    private static async Task AssertSequenceAsync(NodePeer server, BayeuxClient client, int run, int count = Events)
    {
        var mark = client.Inbox.Mark();
        await server.PublishAsync(Channel, count, run, Deadline);
        var events = await client.Inbox.WaitForCountAsync(mark, Channel, count, $"run {run}: events 1..{count}", Deadline);
        AssertInOrder(events, run, count);
        await client.Inbox.AssertNothingAsync(mark, Channel, e => e.Order > events[^1].Order, "more events than published", TimeSpan.FromMilliseconds(500));
    }

    private async Task<NodePeer> Start(string script, params string[] arguments)
    {
        var peer = await NodePeer.StartAsync(script, [.. arguments, "--lifetime", "120000"]);
        _cleanup.Add(peer);
        return peer;
    }

    private BayeuxClient Client(Uri endpoint, bool preferWebSocket = false, CookieContainer? cookies = null, IBackOffStrategy? backOff = null)
    {
        var client = new BayeuxClient(new BayeuxClientOptions
        {
            Endpoint = endpoint,
            PreferWebSocket = preferWebSocket,
            CookieContainer = cookies,
            BackOff = backOff ?? new LinearBackOff(),
            HandshakeTimeout = Deadline,
            RequestTimeout = Deadline,
        });
        _cleanup.Add(client);
        return client;
    }
}
