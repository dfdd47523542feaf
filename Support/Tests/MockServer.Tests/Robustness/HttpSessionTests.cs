using System.Net;
using Conformance.MockServer.Gws.Http;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using Microsoft.Extensions.Options;
using MockServer.Tests.Support;

namespace MockServer.Tests.Robustness;

/// <summary>HTTP sessions expire when idle and their number is bounded; a dropped cookie stops authenticating.</summary>
public sealed class HttpSessionTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch.AddDays(20000);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static SessionStore Store(ManualClock clock, TimeSpan idle, int max) =>
        new(Options.Create(new MockServerOptions { HttpSessionIdleTimeout = idle, MaxHttpSessions = max }), clock);

    [Test]
    public void An_idle_session_is_gone_and_a_used_one_stays()
    {
        var clock = new ManualClock();
        var store = Store(clock, TimeSpan.FromSeconds(60), 100);
        var idle = store.Create("u1");
        var used = store.Create("u2");

        clock.Now += TimeSpan.FromSeconds(45);
        store.Find(used.Id).Should().BeSameAs(used);
        clock.Now += TimeSpan.FromSeconds(45);

        store.Find(idle.Id).Should().BeNull();
        store.Find(used.Id).Should().BeSameAs(used);
        clock.Now += TimeSpan.FromSeconds(61);
        store.Sweep().Should().Be(1);
        store.Count.Should().Be(0);
    }

    [Test]
    public void At_the_bound_the_least_recently_used_sessions_are_dropped_first()
    {
        var clock = new ManualClock();
        var store = Store(clock, TimeSpan.FromHours(1), 20);
        var sessions = new List<HttpSession>();
        for (var i = 0; i < 20; i++)
        {
            sessions.Add(store.Create("u" + i));
            clock.Now += TimeSpan.FromSeconds(1);
        }

        store.Find(sessions[0].Id).Should().NotBeNull(); // now the most recently used

        for (var i = 0; i < 1000; i++)
        {
            store.Create("flood");
            store.Count.Should().BeLessThanOrEqualTo(20);
        }

        store.Find(sessions[1].Id).Should().BeNull();
        store.Evicted.Should().BeGreaterThan(0);
    }

    [Test]
    public async Task Credential_only_requests_do_not_grow_the_sessions_past_the_bound()
    {
        await using var h = await MockHarness.StartAsync(new MockServerOptions { MaxHttpSessions = 5 });
        using var http = RawHttp.Client(h.Server.BaseAddress);
        var first = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "api/v2/me") { Headers = { { "Authorization", RawHttp.Basic("agent01", "password") } } });
        var cookie = first.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        for (var i = 0; i < 50; i++)
        {
            (await RawHttp.SendAsync(http, HttpMethod.Get, "api/v2/me", null, RawHttp.Basic("agent02", "password"))).Status.Should().Be(HttpStatusCode.OK);
        }

        var withOldCookie = await RawHttp.SendAsync(http, HttpMethod.Get, "api/v2/me", null, cookie: cookie);
        withOldCookie.Status.Should().Be(HttpStatusCode.Unauthorized, "the first session was the least recently used at the bound");
        h.Server.HttpSessionCount.Should().BeLessThanOrEqualTo(5);
    }
}
