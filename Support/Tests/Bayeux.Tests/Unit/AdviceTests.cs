using System.Text.Json.Nodes;
using Bayeux.Tests.Fakes;
using Conformance.Bayeux;
using Conformance.Bayeux.Protocol;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>Advice, failures and re-handshakes (Bayeux spec: "advice"; docs/cometd-behaviour.md#advice-defaults, #client-backoff).</summary>
public class AdviceTests
{
    private static readonly TimeSpan Deadline = ClientFactory.Deadline;

    [Test]
    public async Task Session_unknown_402_with_handshake_advice_rehandshakes_resubscribes_and_records_the_gap()
    {
        var server = new FakeServer { TimeoutMs = 500 };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync(["/v2/me/chats", "/v2/me/*"]);
        var first = client.ClientId!;
        var mark = client.Inbox.Mark();

        server.Expire(first); // the held connect is released; the next request gets 402::session_unknown

        var gap = await WaitForGapAsync(client, mark);
        gap.PreviousClientId.Should().Be(first);
        gap.NewClientId.Should().NotBe(first).And.Be(client.ClientId);
        gap.Resubscribed.Should().BeEquivalentTo("/v2/me/chats", "/v2/me/*");
        gap.Reason.Should().Contain("402::session_unknown");
        gap.LostAfter.Should().BeOnOrBefore(gap.RestoredAt);
        gap.ToString().Should().StartWith("session lost between ");
        var assertion = () => client.Inbox.AssertNoGapSince(mark);
        assertion.Should().Throw<InboxExpectationException>().WithMessage("Expected no session loss since the mark*Actual: session lost between *");
        client.Inbox.AssertNoGapSince(client.Inbox.Mark());
        server.RequestsOn(MetaChannels.Handshake).Should().HaveCount(2);
        server.Publish("/v2/me/chats", "after");
        var evt = await client.Inbox.WaitForAsync(mark, "/v2/me/chats", e => true, "an event in the new session", Deadline);
        evt.ClientId.Should().Be(client.ClientId);
    }

    [Test]
    public async Task A_connect_held_until_the_server_timeout_is_followed_at_once_by_the_next_one()
    {
        var server = new FakeServer { TimeoutMs = 300 };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");

        var connects = await server.WaitForMessagesAsync(MetaChannels.Connect, 5, Deadline);
        var mark = client.Inbox.Mark();
        server.Publish("/x", 1);

        await client.Inbox.WaitForAsync(mark, "/x", e => true, "an event after several empty connect replies", Deadline);
        connects.Skip(1).Should().OnlyContain(c => !c.ContainsKey(Fields.Advice), "an empty reply at the server timeout is a success, not a failure");
        client.State.Should().Be(BayeuxState.Connected);
    }

    [Test]
    public async Task A_connect_the_server_never_answers_times_out_at_advice_timeout_plus_margin_and_is_retried()
    {
        var server = new FakeServer { TimeoutMs = 200 };
        var hung = 0;
        server.Middleware = async (batch, next) =>
        {
            if (JsonRead.String(batch[0], Fields.Channel) == MetaChannels.Connect && Interlocked.Increment(ref hung) == 2)
            {
                return FakeResponse.NoAnswer();
            }
            return await next();
        };
        await using var client = ClientFactory.WithFake(server, out _, o => o with { MaxNetworkDelay = TimeSpan.FromMilliseconds(500) });
        await client.HandshakeAsync();
        var started = DateTimeOffset.UtcNow;

        var connects = await server.WaitForMessagesAsync(MetaChannels.Connect, 3, Deadline);

        var gap = server.Requests.Where(r => JsonRead.String(r.Batch[0], Fields.Channel) == MetaChannels.Connect).Select(r => r.At).ToList();
        (gap[2] - gap[1]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(650), "the client waits advice.timeout (200 ms) + MaxNetworkDelay (500 ms) before giving up");
        connects[2][Fields.Advice]![Advice.Timeout]!.GetValue<int>().Should().Be(0, "the connect after a failure asks for an immediate reply");
        (await client.WaitForStateAsync(Deadline, BayeuxState.Connected)).Should().Be(BayeuxState.Connected);
        started.Should().BeBefore(DateTimeOffset.UtcNow);
    }

    [Test]
    public async Task A_connect_answered_with_HTTP_500_as_superseded_is_retried_and_nothing_is_lost()
    {
        var server = new FakeServer { TimeoutMs = 5000 };
        var published = new TaskCompletionSource();
        var connects = 0;
        server.Middleware = async (batch, next) =>
        {
            if (JsonRead.String(batch[0], Fields.Channel) == MetaChannels.Connect && Interlocked.Increment(ref connects) == 2)
            {
                // The held connect is superseded (as when a proxy retried it): HTTP 500, empty body, events stay queued.
                await published.Task;
                return FakeResponse.HttpStatus(500);
            }
            return await next();
        };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");
        var mark = client.Inbox.Mark();

        server.PublishMany("/x", 1, 2, 3);
        published.SetResult();

        var events = await client.Inbox.WaitForCountAsync(mark, "/x", 3, "the three events", Deadline);
        events.Select(e => e.Data!.GetValue<int>()).Should().Equal(1, 2, 3);
        connects.Should().BeGreaterThanOrEqualTo(3);
        server.RequestsOn(MetaChannels.Connect)[2][Fields.Advice]![Advice.Timeout]!.GetValue<int>().Should().Be(0);
        client.Traffic.ToText().Should().Contain("HTTP 500");
        client.Gaps.Should().BeEmpty("a transport failure within maxInterval does not lose the session");
    }

    [Test]
    public async Task Reconnect_none_ends_in_disconnected_and_a_denied_handshake_throws()
    {
        var server = new FakeServer { TimeoutMs = 300 };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        server.Middleware = async (batch, next) =>
        {
            var response = await next();
            foreach (var message in response.Messages.Where(m => JsonRead.String(m, Fields.Channel) == MetaChannels.Connect))
            {
                message[Fields.Advice] = new System.Text.Json.Nodes.JsonObject { [Advice.Reconnect] = Advice.ReconnectNone };
            }
            return response;
        };
        (await client.WaitForStateAsync(Deadline, BayeuxState.Disconnected)).Should().Be(BayeuxState.Disconnected);
        var connects = server.RequestsOn(MetaChannels.Connect).Count;
        await Task.Yield();
        server.RequestsOn(MetaChannels.Connect).Count.Should().Be(connects);

        var denying = new FakeServer { DenyHandshake = "403::handshake_denied" };
        await using var denied = ClientFactory.WithFake(denying, out _);
        var attempt = async () => await denied.HandshakeAsync();
        (await attempt.Should().ThrowAsync<BayeuxRequestException>()).Which.Message.Should().Contain("403::handshake_denied");
        denied.State.Should().Be(BayeuxState.Disconnected);
        denying.RequestsOn(MetaChannels.Handshake).Should().ContainSingle("reconnect:none means no retry");
    }

    [Test]
    public async Task The_advised_interval_separates_a_connect_reply_from_the_next_connect()
    {
        var server = new FakeServer { TimeoutMs = 100, IntervalMs = 400 };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();

        await server.WaitForMessagesAsync(MetaChannels.Connect, 4, Deadline);

        var times = server.Requests.Where(r => JsonRead.String(r.Batch[0], Fields.Channel) == MetaChannels.Connect).Select(r => r.At).ToList();
        for (var i = 2; i < 4; i++)
        {
            // held 100 ms, then at least the 400 ms interval
            (times[i] - times[i - 1]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(480));
        }
    }

    /// <summary>Rewrites the interval of connect replies' advice to a fraction.</summary>
    private sealed class FractionalInterval : IBayeuxExtension
    {
        public JsonObject? Incoming(JsonObject message)
        {
            if (JsonRead.String(message, Fields.Channel) == MetaChannels.Connect && message[Fields.Advice] is JsonObject advice)
            {
                advice[Advice.Interval] = 0.5;
            }
            return message;
        }
    }

    [Test]
    public async Task A_fractional_interval_is_ignored_and_the_previous_advice_kept()
    {
        // The handshake advises 400 ms; connect replies then advise 0.5, which is not an integer
        // (Bayeux spec: "advice"): the client neither truncates it to 0 nor rounds it, it keeps 400.
        var server = new FakeServer { TimeoutMs = 100, IntervalMs = 400 };
        await using var client = ClientFactory.WithFake(server, out _);
        client.AddExtension(new FractionalInterval());
        await client.HandshakeAsync();

        await server.WaitForMessagesAsync(MetaChannels.Connect, 4, Deadline);

        var times = server.Requests.Where(r => JsonRead.String(r.Batch[0], Fields.Channel) == MetaChannels.Connect).Select(r => r.At).ToList();
        for (var i = 2; i < 4; i++)
        {
            (times[i] - times[i - 1]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(480));
        }
    }

    [Test]
    public async Task Failed_connects_back_off_linearly_up_to_the_cap()
    {
        var server = new FakeServer { TimeoutMs = 100 };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        var before = server.RequestsOn(MetaChannels.Connect).Count;
        server.Middleware = (batch, next) => JsonRead.String(batch[0], Fields.Channel) == MetaChannels.Connect
            ? Task.FromResult(FakeResponse.HttpStatus(503))
            : next();

        await server.WaitForMessagesAsync(MetaChannels.Connect, before + 6, Deadline);

        var times = server.Requests.Where(r => JsonRead.String(r.Batch[0], Fields.Channel) == MetaChannels.Connect).Select(r => r.At).Skip(before).ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        // increment 100 ms, cap 400 ms: 100, 200, 300, 400, 400 (each at least that; a loaded machine only adds)
        double[] expected = [100, 200, 300, 400, 400];
        for (var i = 0; i < expected.Length; i++)
        {
            gaps[i].TotalMilliseconds.Should().BeGreaterThanOrEqualTo(expected[i] - 15, $"retry {i + 1} waits its back-off");
        }
        new LinearBackOff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)).Next(TimeSpan.FromSeconds(3)).Should().Be(TimeSpan.FromSeconds(3));
        client.State.Should().Be(BayeuxState.Connecting);
    }

    [Test]
    public async Task Failing_past_maxInterval_gives_up_the_session_and_rehandshakes()
    {
        var server = new FakeServer { TimeoutMs = 100, MaxIntervalMs = 300 };
        await using var client = ClientFactory.WithFake(server, out _);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");
        var mark = client.Inbox.Mark();
        var failures = 0;
        server.Middleware = (batch, next) => JsonRead.String(batch[0], Fields.Channel) == MetaChannels.Connect && Interlocked.Increment(ref failures) <= 6
            ? Task.FromResult(FakeResponse.HttpStatus(503))
            : next();

        var gap = await WaitForGapAsync(client, mark);

        gap.Reason.Should().Contain("maxInterval");
        server.RequestsOn(MetaChannels.Handshake).Should().HaveCount(2);
    }

    internal static Task<SessionGap> WaitForGapAsync(BayeuxClient client, InboxMark mark) => client.Inbox.WaitForGapAsync(mark, Deadline);
}
