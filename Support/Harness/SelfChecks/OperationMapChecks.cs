using System.Reflection;
using Conformance.MockServer.Hosting;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// The operation map of Features/README.md stays true: every documented chat and SMS agent operation
/// has a row, and every row points at a feature, step-binding classes, schemas and a mock handler
/// that exist.
/// </summary>
[TestFixture]
[Category("self-check")]
public sealed class OperationMapChecks
{
    private const string Heading = "## Operation map";

    /// <summary>
    /// The agent operations the Chat API and SMS Session API pages document (with or without a page of their
    /// own), plus the resource GETs; this list is the reference the map is checked against.
    /// </summary>
    private static readonly string[] Documented =
    [
        .. new[]
        {
            "Accept", "Reject", "Complete", "Leave", "Transfer", "Consult", "CancelConsult", "Invite", "RemoveParticipantFromConference",
            "SendMessage", "SendStartTypingNotification", "SendStopTypingNotification", "SendToAgents",
            "SendStartTypingToAgentsNotification", "SendStopTypingToAgentsNotification", "SendUrl", "SendCustomNotice",
            "SendCustomNoticeToAgents", "AttachUserData", "UpdateUserData", "DeleteUserData", "SetDisposition", "SetInFocus", "Resources",
        }.Select(op => "chat " + op),
        .. new[]
        {
            "Accept", "Reject", "Complete", "Leave", "LeaveAndComplete", "Transfer", "Consult", "CancelConsult", "Invite",
            "SendMessage", "SendStartTypingNotification", "SendStopTypingNotification", "SendToAgents",
            "SendStartTypingToAgentsNotification", "SendStopTypingToAgentsNotification", "SendUrl", "SendCustomNotice",
            "AttachUserData", "UpdateUserData", "DeleteUserData", "SetDisposition", "SetInFocus", "Resources",
        }.Select(op => "sms " + op),
    ];

    private static readonly string Root = AppContext.BaseDirectory;

    private sealed record Row(string Api, string Operation, string Feature, string[] Bindings, string[] Schemas, string[] Handlers)
    {
        public string Key => $"{Api} {Operation}";
    }

    [Test]
    public void Every_documented_operation_has_a_row()
    {
        var keys = Rows().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        Assert.That(Documented.Where(d => !keys.Contains(d)), Is.Empty, "documented operations without a row in Features/README.md, " + Heading);
    }

    [Test]
    public void Every_row_points_at_what_exists()
    {
        var conformance = typeof(OperationMapChecks).Assembly;
        var mock = typeof(MockGwsServer).Assembly;
        var problems = new List<string>();
        foreach (var row in Rows())
        {
            if (!File.Exists(Path.Combine(Root, "Features", row.Feature)))
            {
                problems.Add($"{row.Key}: no feature Features/{row.Feature}");
            }

            problems.AddRange(row.Bindings.Where(b => conformance.GetType($"Conformance.StepDefinitions.{b}") is null)
                .Select(b => $"{row.Key}: no binding class StepDefinitions/{b}"));
            problems.AddRange(row.Schemas.Where(s => !File.Exists(Path.Combine(Root, "Schemas", s + ".schema.json")))
                .Select(s => $"{row.Key}: no schema Schemas/{s}.schema.json"));
            problems.AddRange(row.Handlers.Where(h => !HandlerExists(mock, h)).Select(h => $"{row.Key}: no mock handler {h}"));
        }

        Assert.That(problems, Is.Empty);
    }

    private static bool HandlerExists(Assembly mock, string handler)
    {
        var dot = handler.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var type = mock.GetTypes().FirstOrDefault(t => t.Name == handler[..dot]);
        return type?.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Any(m => m.Name == handler[(dot + 1)..]) == true;
    }

    private static List<Row> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Features", "README.md"));
        var start = Array.IndexOf(lines, Heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"Features/README.md has no \"{Heading}\" section");
        static string[] List(string cell) => cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return [.. lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| API ", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split('|', StringSplitOptions.TrimEntries))
            .Where(c => c.Length == 6)
            .Select(c => new Row(c[0], c[1], c[2], List(c[3]), List(c[4]), List(c[5])))];
    }
}
