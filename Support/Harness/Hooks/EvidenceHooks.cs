using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Harness.Contexts;
using Conformance.Harness.Reports;
using Conformance.Harness.Schemas;
using Conformance.Harness.Targets;
using NUnit.Framework;
using Reqnroll;

namespace Conformance.Harness.Hooks;

/// <summary>
/// After every scenario: attaches its HTTP exchanges (credentials redacted) and each agent's captured
/// notifications, then holds every judged HTTP body and every notification to its schema, whether or
/// not a step looked at it (every notification is checked against its schema). A violation fails the scenario with the JSON Pointer and rule.
/// </summary>
[Binding]
public sealed class EvidenceHooks(TargetRuntime target, ScenarioAgents agents, ScenarioEvidence evidence, ScenarioOutput output, ScenarioSchemaTier schemaTier)
{
    public const string HttpAttachment = "http-exchanges";
    public const string NotificationsAttachment = "notifications";
    public const string SchemaAttachment = "schema-violations";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [AfterScenario]
    public async Task AttachAndValidateAsync()
    {
        evidence.Closed = true;
        var exchanges = evidence.Exchanges;
        if (exchanges.Count > 0)
        {
            output.Attach(HttpAttachment, "text/plain", string.Join("\n", exchanges.Select(e => e.Describe())));
        }

        var violations = new StringBuilder();
        foreach (var exchange in evidence.JudgedExchanges)
        {
            if (SchemaFor(exchange.Method, exchange.Path, exchange.StatusCode) is { } schema && exchange.Json is not null)
            {
                foreach (var violation in await target.Schemas.ValidateHttpBodyAsync(schema, exchange.ResponseBody))
                {
                    violations.Append(CultureInfo.InvariantCulture, $"\n  HTTP {exchange.Method} {exchange.Path} ({schema}): {violation}");
                }
            }
        }

        foreach (var agent in agents.All.Where(a => a.Bayeux is not null))
        {
            var captured = agent.NotificationsAfter(0);
            var json = new JsonArray([.. captured.Select(c => (JsonNode)new JsonObject
            {
                ["order"] = c.Order,
                ["channel"] = c.Notification.Channel,
                ["data"] = c.Notification.Data.DeepClone(),
            })]);
            output.Attach($"{NotificationsAttachment}-{agent.Role}", "application/json", json.ToJsonString(Indented));
            foreach (var (order, notification) in captured)
            {
                foreach (var violation in await target.Schemas.ValidateNotificationAsync(notification.Data.ToJsonString(), schemaTier.Tier))
                {
                    violations.Append(CultureInfo.InvariantCulture, $"\n  {agent.Role} #{order} {notification.Channel} {notification.MessageType}/{notification.NotificationType}: {violation}");
                }
            }
        }

        if (violations.Length > 0)
        {
            output.Attach(SchemaAttachment, "text/plain", violations.ToString().Trim());
            throw new AssertionException("Expected every HTTP body and notification to match its schema in Schemas/\nActual: violations (JSON Pointer: keyword: expected; actual):" + violations);
        }
    }

    /// <summary>Which Schemas/http schema judges an exchange: operation answers and GET /api/v2/me; others are recorded only.</summary>
    /// <summary>A refused GET of the user (statusCode 20, Return Values) has the shape of any refusal, not the user's.</summary>
    private static string? SchemaFor(string method, string path, long? statusCode) =>
        method == "POST" && IsAgentSessionPath(path.Split('?')[0]) ? "me-operation-response"
        : method == "POST" ? "operation-response"
        : method == "GET" && path.Split('?')[0] == GwsProtocol.ApiPaths.Me && statusCode is not (null or 0) ? "operation-response"
        : method == "GET" && path.Split('?')[0] == GwsProtocol.ApiPaths.Me ? "me"
        : null;

    /// <summary>The agent-session operations answer statusCode 7 (partial success) too: StartContactCenterSession.</summary>
    private static bool IsAgentSessionPath(string path) =>
        path == GwsProtocol.ApiPaths.Me || path.StartsWith(GwsProtocol.ApiPaths.MeChannels + "/", StringComparison.Ordinal);
}
