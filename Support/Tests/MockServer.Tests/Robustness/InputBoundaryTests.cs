using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Robustness;

/// <summary>
/// Each class of hostile body on each kind of endpoint gets the documented refusal and reaches nothing:
/// REST and the control API answer statusCode 10 with a statusMessage (HTTP 400), the Bayeux endpoint
/// HTTP 400 with a <c>message_invalid</c> reply, and no notification follows.
/// </summary>
public sealed class InputBoundaryTests
{
    /// <summary>A control route as a path below the server's base address (the mock's default prefix).</summary>
    private static string ControlPath(string route) => $"{MockControlRoutes.DefaultPrefix.TrimStart('/')}/{route}";

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (name, _) in HostileBodies.All())
        {
            foreach (var target in new[] { "chat operation", "me operation", "InitiateIMSession", "control offer", "control agent state", "control deviations" })
            {
                yield return new TestCaseData(target, name).SetName($"{target}: {name}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Refused_with_statusCode_10_and_nothing_published(string target, string hostile)
    {
        await using var h = await MockHarness.StartAsync();
        var agent = await h.ReadyAgentAsync("agent01");
        var chat = await h.ChattingAsync(MediaKind.Chat, agent);
        var (method, path, members, onControl) = target switch
        {
            "chat operation" => (HttpMethod.Post, $"{MediaKind.Chat.MeCollectionPath}/{chat}", "\"operationName\":\"AttachUserData\",\"userData\":{\"a\":\"b\"}", false),
            "me operation" => (HttpMethod.Post, ApiPaths.Me, "\"operationName\":\"NotReady\"", false),
            "InitiateIMSession" => (HttpMethod.Post, MediaKind.ImSession.MeCollectionPath, "\"operationName\":\"InitiateIMSession\",\"destination\":{\"phoneNumber\":\"7002\"}", false),
            "control offer" => (HttpMethod.Post, ControlPath(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment)), "\"userName\":\"agent01\"", true),
            "control agent state" => (HttpMethod.Post, ControlPath(MockControlRoutes.AgentState("agent01")), "\"state\":\"NotReady\"", true),
            _ => (HttpMethod.Put, ControlPath(MockControlRoutes.Deviations), "\"active\":[\"WrongOrder\"]", true),
        };
        var body = HostileBodies.All().Single(b => b.Name == hostile).Make(members);
        using var http = RawHttp.Client(h.Server.BaseAddress);
        var mark = await h.MarkAsync();

        var reply = await RawHttp.SendAsync(http, method, path, body, onControl ? null : RawHttp.Basic("agent01", "password"));

        reply.Status.Should().Be(HttpStatusCode.BadRequest, reply.ToString());
        var json = reply.StrictJsonBody!.AsObject();
        json["statusCode"]!.GetValue<int>().Should().Be(GwsStatusCodes.InputValidationError, reply.ToString());
        json["statusMessage"]!.GetValue<string>().Should().NotBeEmpty();
        (await h.MarkAsync()).Should().Be(mark, "a refused body changes nothing");
        h.Server.Deviations.Active.Should().BeEmpty();
    }

    [TestCaseSource(typeof(HostileBodies), nameof(HostileBodies.Names))]
    public async Task Bayeux_endpoint_answers_HTTP_400_with_a_message_invalid_reply(string hostile)
    {
        await using var h = await MockHarness.StartAsync();
        using var http = RawHttp.Client(h.Server.BaseAddress);
        var body = HostileBodies.All().Single(b => b.Name == hostile).Make("\"channel\":\"/meta/handshake\",\"version\":\"1.0\",\"supportedConnectionTypes\":[\"long-polling\"]");

        var reply = await RawHttp.SendAsync(http, HttpMethod.Post, Topics.NotificationsPath + "/handshake", body, RawHttp.Basic("agent01", "password"));

        reply.Status.Should().Be(HttpStatusCode.BadRequest, reply.ToString());
        var error = reply.StrictJsonBody!.AsArray().Single()!;
        error["successful"]!.GetValue<bool>().Should().BeFalse();
        error["error"]!.GetValue<string>().Should().StartWith("400:").And.EndWith(":message_invalid");
    }

    [Test]
    public async Task A_repeated_userData_key_on_InitiateIMSession_leaves_no_session_and_the_next_one_works()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        using var http = RawHttp.Client(h.Server.BaseAddress);
        var poisoned = HostileBodies.Utf8("{\"operationName\":\"InitiateIMSession\",\"destination\":{\"phoneNumber\":\"7002\"},\"userData\":{\"k\":1,\"k\":2}}");

        var refused = await RawHttp.SendAsync(http, HttpMethod.Post, MediaKind.ImSession.MeCollectionPath, poisoned, RawHttp.Basic("agent01", "password"));

        refused.Status.Should().Be(HttpStatusCode.BadRequest, refused.ToString());
        var clean = await agent.PostAsync(MediaKind.ImSession.MeCollectionPath, new JsonObject
        {
            ["operationName"] = Operations.InitiateImSession,
            ["destination"] = new JsonObject { ["phoneNumber"] = "7002" },
            ["userData"] = new JsonObject { ["k"] = 1 },
        });
        clean.StatusCode.Should().Be(0, clean.ToString());
        var sessions = await agent.GetAsync(MediaKind.ImSession.MeCollectionPath + "?fields=*");
        var id = sessions.Json!["imSessions"]!.AsArray().Single()!["id"]!.GetValue<string>();
        var update = await agent.OperateAsync(MediaKind.ImSession, id, Operations.UpdateUserData, new JsonObject { ["userData"] = new JsonObject { ["k"] = 3 } });
        update.StatusCode.Should().Be(0, update.ToString());
    }

    [Test]
    public async Task A_repeated_userData_key_on_a_control_offer_offers_nothing()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = await h.ReadyAgentAsync("agent01");
        using var http = RawHttp.Client(h.Server.BaseAddress);

        var refused = await RawHttp.SendAsync(http, HttpMethod.Post, ControlPath(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment)),
            HostileBodies.Utf8("{\"userName\":\"agent01\",\"userData\":{\"k\":1,\"k\":2}}"));

        refused.Status.Should().Be(HttpStatusCode.BadRequest, refused.ToString());
        var chats = await agent.GetAsync(MediaKind.Chat.MeCollectionPath + "?fields=*");
        chats.Json!["chats"]!.AsArray().Should().BeEmpty();
    }

    [TestCase("{\"state\":5}")]
    [TestCase("{\"state\":[\"Ready\"]}")]
    [TestCase("{\"state\":\"Ready\",\"channel\":5}")]
    [TestCase("{\"state\":\"Ready\",\"channel\":{}}")]
    [TestCase("{\"state\":\"Ready\",\"channel\":\"no-such-channel\"}")]
    public async Task Control_agent_state_of_the_wrong_type_is_statusCode_10(string body)
    {
        await using var h = await MockHarness.StartAsync();
        using var http = RawHttp.Client(h.Server.BaseAddress);

        var reply = await RawHttp.SendAsync(http, HttpMethod.Post, ControlPath(MockControlRoutes.AgentState("agent01")), HostileBodies.Utf8(body));

        reply.Status.Should().Be(HttpStatusCode.BadRequest, reply.ToString());
        reply.StrictJsonBody!["statusCode"]!.GetValue<int>().Should().Be(GwsStatusCodes.InputValidationError);
    }

    [TestCase("{\"userName\":7}")]
    [TestCase("{\"queue\":[\"chat-queue\"]}")]
    [TestCase("{\"userName\":\"agent01\",\"customerNickname\":{}}")]
    [TestCase("{\"userName\":\"agent01\",\"text\":1}")]
    [TestCase("{\"userName\":\"agent01\",\"userData\":\"x\"}")]
    public async Task Control_offer_field_of_the_wrong_type_is_statusCode_10(string body)
    {
        await using var h = await MockHarness.StartAsync();
        using var http = RawHttp.Client(h.Server.BaseAddress);

        var reply = await RawHttp.SendAsync(http, HttpMethod.Post, ControlPath(MockControlRoutes.Offers(MediaKind.Chat.CollectionSegment)), HostileBodies.Utf8(body));

        reply.Status.Should().Be(HttpStatusCode.BadRequest, reply.ToString());
        reply.StrictJsonBody!["statusCode"]!.GetValue<int>().Should().Be(GwsStatusCodes.InputValidationError);
    }

    private static IEnumerable<TestCaseData> NotificationRoutes()
    {
        foreach (var method in new[] { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS" })
        {
            foreach (var sub in new[] { "", "/handshake", "/a/b/c" })
            {
                yield return new TestCaseData(method, sub).SetName($"{method} notifications{sub}");
            }
        }
    }

    [TestCaseSource(nameof(NotificationRoutes))]
    public async Task Unauthenticated_notifications_requests_are_401_with_statusCode_20(string method, string sub)
    {
        await using var h = await MockHarness.StartAsync();
        using var http = RawHttp.Client(h.Server.BaseAddress);

        foreach (var authorization in new[] { null, RawHttp.Basic("agent01", "wrong") })
        {
            var reply = await RawHttp.SendAsync(http, new HttpMethod(method), Topics.NotificationsPath + sub,
                method is "GET" or "DELETE" or "OPTIONS" ? null : HostileBodies.Utf8("[{\"channel\":\"/meta/handshake\"}]"), authorization);

            reply.Status.Should().Be(HttpStatusCode.Unauthorized, reply.ToString());
            reply.StrictJsonBody!["statusCode"]!.GetValue<int>().Should().Be(GwsStatusCodes.NotAuthenticated);
            reply.StrictJsonBody!["statusMessage"]!.GetValue<string>().Should().Be(GwsStatusCodes.AccessDeniedMessage);
        }
    }

    [Test]
    public async Task WebSocket_upgrade_without_credentials_is_401_before_any_upgrade_check()
    {
        await using var h = await MockHarness.StartAsync();
        using var http = RawHttp.Client(h.Server.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, Topics.NotificationsPath.TrimStart('/'));
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(new byte[16]));

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["statusCode"]!.GetValue<int>().Should().Be(GwsStatusCodes.NotAuthenticated);
    }
}
