using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Bayeux;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using MockServer.Tests.Support;

namespace MockServer.Tests.Robustness.Fuzz;

/// <summary>
/// Property-based fuzzing of the whole mock (README "Robustness"): seeded hostile requests across every
/// mapped route. For every answer: no 5xx, JSON the mock itself would accept, a statusCode with a
/// statusMessage on every error, never success on the other agent's interaction. Afterwards: the
/// other agent's interaction is unchanged, every interaction of the fuzzing agent still reads and
/// takes user data, and a normal accept, send, complete flow works. Every 500 cases (and first) it also
/// supersedes a held long poll with a second connect of the same client, which must not be a 5xx either.
/// Environment: MOCK_FUZZ_CASES (default 3000), MOCK_FUZZ_SECONDS (time budget, default 120),
/// MOCK_FUZZ_SEED (default: random, printed).
/// </summary>
public sealed class HostileRequestFuzzTests
{
    private const string Owner = "agent01";
    private const string Other = "agent02";

    [Test]
    [CancelAfter(600_000)]
    public async Task Hostile_requests_get_documented_answers_and_leave_the_mock_usable()
    {
        var cases = Setting("MOCK_FUZZ_CASES", 3000);
        var budget = TimeSpan.FromSeconds(Setting("MOCK_FUZZ_SECONDS", 120));
        var seed = Setting("MOCK_FUZZ_SEED", Random.Shared.Next());
        TestContext.Progress.WriteLine($"fuzz: seed {seed} (MOCK_FUZZ_SEED={seed} replays it), up to {cases} cases in {budget.TotalSeconds} s");

        var options = new MockServerOptions { ConfigureBayeux = bayeux => bayeux.Timeout = 200 };
        await using var h = await MockHarness.StartAsync(options);
        var owner = await h.ReadyAgentAsync(Owner);
        var other = await h.ReadyAgentAsync(Other);
        var ownerIds = new List<string>
        {
            await h.ChattingAsync(MediaKind.Chat, owner),
            await h.ChattingAsync(MediaKind.SmsSession, owner),
            await h.OfferAsync(MediaKind.Chat, owner),
        };
        var im = await owner.PostAsync(MediaKind.ImSession.MeCollectionPath, new JsonObject
        {
            [Parameters.OperationName] = Operations.InitiateImSession,
            [Parameters.Destination] = new JsonObject { [Parameters.PhoneNumber] = "7003" },
        });
        im.StatusCode.Should().Be(0, im.ToString());
        ownerIds.Add((await owner.GetAsync(MediaKind.ImSession.MeCollectionPath + "?fields=*")).Json!["imSessions"]![0]!["id"]!.GetValue<string>());
        var otherChat = await h.ChattingAsync(MediaKind.Chat, other);
        var otherSms = await h.ChattingAsync(MediaKind.SmsSession, other);
        var otherBefore = await SnapshotAsync(other, otherChat, otherSms);

        var routes = FuzzRoute.Of(h.Server.Services);
        routes.Should().Contain(r => r.Pattern.StartsWith(ApiPaths.Prefix, StringComparison.Ordinal))
            .And.Contain(r => r.Pattern.StartsWith(options.ControlPrefix, StringComparison.Ordinal));
        // Reset would wipe the interactions the properties are checked on; it is covered by the control API tests.
        routes = [.. routes.Where(r => !r.Pattern.EndsWith("/reset", StringComparison.Ordinal))];
        var generator = new HostileRequestGenerator(seed, routes,
            new FuzzTargets(ownerIds, [otherChat, otherSms], [Owner, Other, "supervisor01", "agent-noim", "nobody"]),
            options.MaxBodyBytes, options.ControlPrefix);
        using var http = RawHttp.Client(h.Server.BaseAddress);
        var ownerCookie = await CookieOfAsync(http);

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var run = 0;
        var bayeux = h.Server.Services.GetRequiredService<BayeuxServer>();
        while (run < cases && clock.Elapsed < budget && failures.Count < 5)
        {
            if (run % 500 == 0 && await SupersededLongPollAsync(http, bayeux, statuses) is { } superseded)
            {
                failures.Add($"superseded long poll (after case {run}): {superseded}");
            }

            var request = generator.Next();
            run++;
            var problem = await CheckAsync(http, request, ownerCookie, statuses);
            if (problem is not null)
            {
                failures.Add($"{problem}\n{request.Describe(h.Server.BaseAddress, Owner)}");
            }
        }

        TestContext.Progress.WriteLine($"fuzz: {run} cases in {clock.Elapsed.TotalSeconds:F1} s, HTTP statuses {string.Join(", ", statuses.Select(s => $"{s.Key}:{s.Value}"))}");
        failures.Should().BeEmpty($"seed {seed} (MOCK_FUZZ_SEED={seed} replays it) gave:\n{string.Join("\n\n", failures)}");
        run.Should().BeGreaterThan(Math.Min(cases, 100), "the time budget must leave room for a meaningful run");

        (await SnapshotAsync(other, otherChat, otherSms)).Should().Be(otherBefore, $"the other agent's interactions are isolated (seed {seed})");
        await ExpectUsableAsync(owner, seed);
        h.Server.Deviations.Set([]);
        await ExpectNormalFlowAsync(h, owner, seed);
    }

    private static async Task<string?> CheckAsync(HttpClient http, FuzzCase request, string ownerCookie, SortedDictionary<int, int> statuses)
    {
        RawReply reply;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            var authorization = request.Credentials switch
            {
                FuzzCredentials.Owner => RawHttp.Basic(Owner, "password"),
                FuzzCredentials.WrongPassword => RawHttp.Basic(Owner, "wrong"),
                FuzzCredentials.Garbage => "Basic %%%not-base64",
                _ => null,
            };
            reply = await RawHttp.SendAsync(http, request.Method, request.Path, request.Body, authorization,
                request.Credentials == FuzzCredentials.CookieOnly ? ownerCookie : null, deadline.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return $"no answer within 10 s: {e.GetType().Name}: {e.Message}";
        }

        var status = (int)reply.Status;
        statuses[status] = statuses.GetValueOrDefault(status) + 1;
        if (status >= 500)
        {
            return $"Expected no 5xx / Actual {reply}";
        }

        JsonNode? json;
        try
        {
            json = reply.StrictJsonBody;
        }
        catch (AssertionException e)
        {
            return e.Message;
        }

        if (json is JsonObject envelope)
        {
            if (envelope["statusCode"] is not JsonValue code || !code.TryGetValue<int>(out var statusCode))
            {
                return $"Expected a statusCode / Actual {reply}";
            }

            if (statusCode != 0 && (envelope["statusMessage"] is not JsonValue message || !message.TryGetValue<string>(out var text) || text.Length == 0))
            {
                return $"Expected a statusMessage with statusCode {statusCode} / Actual {reply}";
            }

            if (statusCode == 0 && status >= 400)
            {
                return $"Expected statusCode 0 only with HTTP 2xx / Actual {reply}";
            }

            if (statusCode == 0 && request.TargetsOtherAgent && request.Credentials is FuzzCredentials.Owner or FuzzCredentials.CookieOnly)
            {
                return $"Expected a refusal on the other agent's interaction / Actual {reply}";
            }
        }
        else if (status >= 400 && json is not JsonArray && !(status == 400 && request.Path.Contains("%00", StringComparison.Ordinal)))
        {
            // (Kestrel itself refuses a NUL in the path with an empty 400 before any of the mock's code runs.)
            return $"Expected an error body (GWS envelope, or a Bayeux reply on the notifications endpoint) / Actual {reply}";
        }

        return null;
    }

    /// <summary>
    /// Two long polls of one client: the held one is superseded by the newer (CometD answers it HTTP 500).
    /// Expected: HTTP 200 with its own successful reply, strict JSON. Null when so, else what went wrong.
    /// </summary>
    private static async Task<string?> SupersededLongPollAsync(HttpClient http, BayeuxServer bayeux, SortedDictionary<int, int> statuses)
    {
        var endpoint = Topics.NotificationsPath.TrimStart('/');
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        async Task<(HttpStatusCode Status, string Body, string? Cookie)> PostAsync(string suffix, string cookie, JsonObject message)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + suffix)
            {
                Content = new StringContent(new JsonArray(message).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", RawHttp.Basic(Owner, "password"));
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
            using var response = await http.SendAsync(request, deadline.Token);
            var status = (int)response.StatusCode;
            lock (statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }

            var setCookie = response.Headers.TryGetValues("Set-Cookie", out var values)
                ? values.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith("BAYEUX_BROWSER=", StringComparison.Ordinal))
                : null;
            return (response.StatusCode, await response.Content.ReadAsStringAsync(deadline.Token), setCookie);
        }

        JsonObject Connect(string clientId, string id, int timeout) => new()
        {
            ["id"] = id,
            ["channel"] = "/meta/connect",
            ["clientId"] = clientId,
            ["connectionType"] = "long-polling",
            ["advice"] = new JsonObject { ["timeout"] = timeout },
        };

        try
        {
            var shake = await PostAsync("/handshake", "", new JsonObject
            {
                ["id"] = "1",
                ["channel"] = "/meta/handshake",
                ["version"] = "1.0",
                ["supportedConnectionTypes"] = new JsonArray("long-polling"),
            });
            var clientId = JsonNode.Parse(shake.Body)?[0]?["clientId"]?.GetValue<string>();
            if (clientId is null || shake.Cookie is null)
            {
                return $"Expected a handshake / Actual HTTP {(int)shake.Status} {shake.Body}";
            }

            await PostAsync("/connect", shake.Cookie, Connect(clientId, "2", 0));
            var older = PostAsync("/connect", shake.Cookie, Connect(clientId, "3", 30000));
            while (!bayeux.IsHoldingConnect(clientId) && !older.IsCompleted)
            {
                await Task.Delay(5, deadline.Token);
            }

            var newer = await PostAsync("/connect", shake.Cookie, Connect(clientId, "4", 0));
            var superseded = await older;
            await PostAsync("/disconnect", shake.Cookie, new JsonObject { ["id"] = "5", ["channel"] = "/meta/disconnect", ["clientId"] = clientId });
            var reply = superseded.Status == HttpStatusCode.OK && StrictJsonText(superseded.Body) ? JsonNode.Parse(superseded.Body)?[0] : null;
            return reply?["id"]?.GetValue<string>() == "3" && reply["successful"]?.GetValue<bool>() == true && newer.Status == HttpStatusCode.OK
                ? null
                : $"Expected HTTP 200 with the superseded connect's successful reply / Actual HTTP {(int)superseded.Status} {superseded.Body} (newer: HTTP {(int)newer.Status} {newer.Body})";
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            return $"no answer within 10 s or not JSON: {e.GetType().Name}: {e.Message}";
        }
    }

    private static async Task<string> SnapshotAsync(AgentClient agent, string chat, string sms)
    {
        var parts = new List<string>();
        foreach (var path in new[] { $"{MediaKind.Chat.MeCollectionPath}/{chat}", $"{MediaKind.SmsSession.MeCollectionPath}/{sms}", $"{MediaKind.Chat.MeCollectionPath}/{chat}/messages" })
        {
            var reply = await agent.GetAsync(path);
            reply.StatusCode.Should().Be(0, reply.ToString());
            parts.Add(reply.Text);
        }

        return string.Join("\n", parts);
    }

    /// <summary>Every interaction the fuzzing agent still has reads as strict JSON and takes user data: nothing poisoned.</summary>
    private static async Task ExpectUsableAsync(AgentClient owner, int seed)
    {
        foreach (var media in MediaKind.ChatLike.Append(MediaKind.ImSession))
        {
            var collection = await owner.GetAsync($"{media.MeCollectionPath}?fields=*");
            collection.StatusCode.Should().Be(0, $"seed {seed}: {collection}");
            foreach (var item in collection.Json!.Select(p => p.Value).OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>())
            {
                var id = item["id"]!.GetValue<string>();
                var read = await owner.GetAsync($"{media.MeCollectionPath}/{id}");
                ((int)read.Status).Should().BeLessThan(500, $"seed {seed}: GET {id}: {read}");
                StrictJsonText(read.Text).Should().BeTrue($"seed {seed}: GET {id} sent JSON the mock would refuse: {read.Text}");
                var attach = await owner.OperateAsync(media, id, Operations.AttachUserData, new JsonObject { [Parameters.UserData] = new JsonObject { ["afterFuzz"] = "yes" } });
                ((int)attach.Status).Should().BeLessThan(500, $"seed {seed}: AttachUserData on {id}: {attach}");
            }
        }
    }

    private static async Task ExpectNormalFlowAsync(MockHarness h, AgentClient owner, int seed)
    {
        var id = await h.OfferAsync(MediaKind.Chat, owner, "hello after the fuzz");
        var accept = await owner.OperateAsync(MediaKind.Chat, id, Operations.Accept, new JsonObject { [Parameters.Nickname] = Owner });
        accept.StatusCode.Should().Be(0, $"seed {seed}: Accept {accept}");
        var send = await owner.OperateAsync(MediaKind.Chat, id, Operations.SendMessage, new JsonObject { [Parameters.Text] = "still working" });
        send.StatusCode.Should().Be(0, $"seed {seed}: SendMessage {send}");
        var mark = await h.MarkAsync();
        var complete = await owner.OperateAsync(MediaKind.Chat, id, Operations.Complete);
        complete.StatusCode.Should().Be(0, $"seed {seed}: Complete {complete}");
        var received = await h.ReceivedAsync(owner, mark);
        received.Should().Contain(p => p.ReferenceId == complete.ReferenceId, $"seed {seed}: Complete's notification arrives");
        var transcript = await h.CustomerTranscriptAsync(MediaKind.Chat, id);
        transcript.Select(e => e!["text"]?.GetValue<string>()).Should().Contain("still working");
    }

    private static bool StrictJsonText(string text) =>
        Conformance.MockServer.Input.StrictJson.Parse(System.Text.Encoding.UTF8.GetBytes(text), maxDepth: 64).Rejection is null;

    private static async Task<string> CookieOfAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiPaths.Me.TrimStart('/'));
        request.Headers.TryAddWithoutValidation("Authorization", RawHttp.Basic(Owner, "password"));
        using var response = await http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Headers.GetValues("Set-Cookie").First().Split(';')[0];
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
