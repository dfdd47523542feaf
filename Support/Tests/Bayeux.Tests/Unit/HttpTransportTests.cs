using System.Net;
using Bayeux.Tests.Fakes;
using Conformance.Bayeux;
using Conformance.Bayeux.Protocol;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>The long-polling transport over HttpClient: arrays, headers, cookies, redaction (Bayeux spec: "The long-polling Transport"; docs/cometd-behaviour.md#browser-cookie).</summary>
public class HttpTransportTests
{
    private static readonly TimeSpan Deadline = ClientFactory.Deadline;

    private static BayeuxClient Client(FakeHttpHandler handler, CookieContainer cookies) => new(new BayeuxClientOptions
    {
        Endpoint = ClientFactory.Endpoint,
        HttpHandler = handler,
        CookieContainer = cookies,
        Headers = { ["Authorization"] = "Basic c2VjcmV0OnNlY3JldA==", ["X-CSRF-TOKEN"] = "csrf-secret-value" },
        MaxNetworkDelay = TimeSpan.FromSeconds(3),
    });

    [Test]
    public async Task Every_request_is_a_json_array_post_with_the_callers_headers_and_shared_session_cookie()
    {
        var server = new FakeServer { TimeoutMs = 300 };
        using var handler = new FakeHttpHandler(server);
        var cookies = new CookieContainer();
        cookies.Add(ClientFactory.Endpoint, new Cookie("GWS_SESSION", "abc"));
        await using var client = Client(handler, cookies);

        await client.HandshakeAsync();
        await client.SubscribeAsync("/v2/me/chats");
        await server.WaitForMessagesAsync(MetaChannels.Connect, 2, Deadline);

        var seen = handler.Seen;
        seen.Should().OnlyContain(r => r.Method == "POST" && r.Body.StartsWith('[') && r.ContentType!.StartsWith("application/json", StringComparison.Ordinal));
        seen.Should().OnlyContain(r => r.Headers["Authorization"] == "Basic c2VjcmV0OnNlY3JldA==" && r.Headers["X-CSRF-TOKEN"] == "csrf-secret-value");
        seen.Skip(1).Should().OnlyContain(r => r.Headers["Cookie"].Contains("BAYEUX_BROWSER=browser1", StringComparison.Ordinal),
            "the BAYEUX_BROWSER cookie set by the handshake is sent back (docs/cometd-behaviour.md#browser-cookie)");
        seen[0].Headers["Cookie"].Should().Be("GWS_SESSION=abc");
        seen[^1].Headers["Cookie"].Should().Contain("GWS_SESSION=refreshed", "a session cookie the server refreshes goes to the shared container");
        cookies.GetCookies(ClientFactory.Endpoint)["GWS_SESSION"]!.Value.Should().Be("refreshed");
        cookies.GetCookies(ClientFactory.Endpoint)[Cookies.BayeuxBrowser].Should().BeNull("BAYEUX_BROWSER stays private to the client");
        client.BrowserCookie.Should().Be("browser1");
    }

    [Test]
    public async Task Two_clients_sharing_a_cookie_container_never_share_BAYEUX_BROWSER()
    {
        var server = new FakeServer { TimeoutMs = 300 };
        using var handler = new FakeHttpHandler(server);
        var cookies = new CookieContainer();
        await using var first = Client(handler, cookies);
        await using var second = Client(handler, cookies);

        await first.HandshakeAsync();
        await second.HandshakeAsync();
        await server.WaitForMessagesAsync(MetaChannels.Connect, 4, Deadline);

        first.BrowserCookie.Should().NotBeNull().And.NotBe(second.BrowserCookie);
        var firstId = first.ClientId;
        handler.Seen.Where(r => r.Body.Contains(firstId!, StringComparison.Ordinal))
            .Should().OnlyContain(r => r.Headers["Cookie"].Contains("BAYEUX_BROWSER=" + first.BrowserCookie, StringComparison.Ordinal)
                && !r.Headers["Cookie"].Contains("BAYEUX_BROWSER=" + second.BrowserCookie, StringComparison.Ordinal));
    }

    [Test]
    public async Task The_traffic_snapshot_holds_requests_and_replies_with_credentials_redacted()
    {
        var server = new FakeServer { TimeoutMs = 300 };
        using var handler = new FakeHttpHandler(server);
        var cookies = new CookieContainer();
        cookies.Add(ClientFactory.Endpoint, new Cookie("GWS_SESSION", "session-secret"));
        await using var client = Client(handler, cookies);
        await client.HandshakeAsync();
        await client.SubscribeAsync("/v2/me/chats");

        var text = client.Traffic.ToText();

        text.Should().Contain(">>> [long-polling] [{").And.Contain("<<< [long-polling] [{").And.Contain("/meta/subscribe").And.Contain("POST http://127.0.0.1:9/cometd 200");
        text.Should().Contain("Authorization: Basic ***").And.Contain("X-CSRF-TOKEN: ***").And.Contain("GWS_SESSION=***").And.Contain("BAYEUX_BROWSER=***");
        text.Should().NotContain("c2VjcmV0OnNlY3JldA==").And.NotContain("csrf-secret-value").And.NotContain("session-secret").And.NotContain("browser1");
        client.Traffic.Snapshot().Select(e => e.Sequence).Should().BeInAscendingOrder();
    }

    [Test]
    public void A_handler_that_manages_cookies_itself_is_refused()
    {
        using var handler = new SocketsHttpHandler { UseCookies = true };
        var create = () => new BayeuxClient(new BayeuxClientOptions { Endpoint = ClientFactory.Endpoint, HttpHandler = handler });

        create.Should().Throw<ArgumentException>().WithMessage("*UseCookies*CookieContainer*");
    }
}
