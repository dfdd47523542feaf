using Conformance.Reporting.Model;

namespace Reporting.Tests;

/// <summary>A run with one scenario of every grade, evidence carrying credentials, and an outline.</summary>
public static class SampleRun
{
    public const string ExcludedKey = "Chat Invite: Inviting <agent> by name";
    public const string ExcludedReason = "ABC-12: returns 422 not 400";
    public const string Password = "s3cr3t-pa55";
    public const string BasicCredentials = "a3NpcHBvOnMzY3IzdC1wYTU1";

    public static readonly FeatureInfo ChatInvite = RunFixture.Feature("Chat Invite", "Chat/Invite.feature", "@api-chat", "@op-Invite", "@doc-ChatInvite");
    public static readonly FeatureInfo SmsAccept = RunFixture.Feature("SMS Accept", "SmsSession/Accept.feature", "api-sms", "op-Accept", "doc-SMSAccept");

    public static Attachment HttpExchange(int status) => new(
        "HTTP exchange",
        "text/plain",
        $"POST /api/v2/me/chats/1 HTTP/1.1\nAuthorization: Basic {BasicCredentials}\nContent-Type: application/json\n\n{{\"operationName\":\"Invite\",\"password\":\"{Password}\"}}\n\nHTTP/1.1 {status}\n\n{{\"statusCode\":0}}\n");

    public static RunFixture Build()
    {
        var run = new RunFixture();
        run.Add(
            RunFixture.Scenario(ChatInvite, "Inviting an agent succeeds", 5),
            Outcome.Passed,
            ["When the agent invites agent2", "Then the response statusCode is 0"],
            stepAttachments: [HttpExchange(200)]);
        run.Add(
            RunFixture.Scenario(ChatInvite, "Inviting an unknown agent is rejected", 10, ["@must"]),
            Outcome.Failed,
            ["When the agent invites nobody", "Then the response status is 400"],
            failAt: 1,
            error: new ErrorInfo("Invite of an unknown agent was accepted.\nExpected: HTTP 400\nActual: HTTP 200 with statusCode 0\n  POST /api/v2/me/chats/1 → HTTP 200 {\"statusCode\":0}", "at Steps.Then()", "NUnit.Framework.AssertionException"),
            stepAttachments: [HttpExchange(200)]);
        run.Add(
            RunFixture.Scenario(ChatInvite, "Invite answers with a Location header", 15, ["@should"]),
            Outcome.Failed,
            ["When the agent invites agent2", "Then the response has a Location header"],
            failAt: 1,
            error: new ErrorInfo("Expected header Location to be present, but it was absent.", "at Steps.Location()", "NUnit.Framework.AssertionException"));
        run.Add(
            RunFixture.Scenario(ChatInvite, "Inviting <agent> by name", 20, examples: new() { ["agent"] = "agent3" }),
            Outcome.Failed,
            ["When the agent invites agent3 by name", "Then the response status is 400"],
            failAt: 1,
            error: new ErrorInfo("Expected: HTTP 400\nActual: HTTP 422", null, "NUnit.Framework.AssertionException"));
        run.Add(
            RunFixture.Scenario(SmsAccept, "Accepting twice", 4, ["@informational"]),
            Outcome.Passed,
            ["When the agent accepts the session twice", "Then the second answer is recorded"],
            stepAttachments: [new Attachment("observation", "text/plain", "Second accept answered statusCode 0 (no error).")]);
        run.Add(
            RunFixture.Scenario(SmsAccept, "Accepting an inbound session", 9),
            Outcome.NotApplicable,
            ["Given an inbound SMS session", "When the agent accepts it"],
            reason: "the target cannot create inbound SMS sessions");
        run.Add(
            RunFixture.Scenario(SmsAccept, "Accepting notifies the agent", 14),
            Outcome.Broken,
            ["Given the agent is subscribed to /v2/me/smssessions", "When the agent accepts the session"],
            failAt: 0,
            error: new ErrorInfo("Connection refused (127.0.0.1:1)", "at Bayeux.Handshake()", "System.Net.Http.HttpRequestException"));
        run.Add(
            RunFixture.Scenario(SmsAccept, "Accepting after transfer", 19, ["@wip"]),
            Outcome.Skipped,
            ["Given a transferred session", "When the agent accepts it"]);
        return run;
    }

    public static string ExpectationsJson(params string[] extraKeys) =>
        "{\n  \"expectations\": [\n"
        + string.Join(",\n", new[] { ExcludedKey }.Concat(extraKeys).Select(k => $"    {{ \"scenario\": \"{k}\", \"reason\": \"{(k == ExcludedKey ? ExcludedReason : "stale")}\" }}"))
        + "\n  ]\n}\n";
}
