using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Http;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Posts the operations of the chat, SMS and IM APIs (their operation pages) on behalf of a role, keeps the
/// answer as the scenario's last request, and holds every answer to Schemas/http/operation-response.
/// A plain request must be answered statusCode 0 at once; an attempt records whatever comes back.
/// </summary>
public sealed class OperationDriver(TargetRuntime target, ScenarioAgents agents, ScenarioInteractions interactions, LastRequest lastRequest, ScenarioEvidence evidence, MatchedNotifications matched)
{
    private const string OperationResponseSchema = "operation-response";

    /// <summary>An operation on the scenario's interaction (or, with <paramref name="unknownId"/>, on an id the target never issued).</summary>
    public Task<HttpExchange> OnInteractionAsync(string role, MediaKind media, string operation, JsonObject parameters, bool attempt, bool unknownId = false)
    {
        var interaction = interactions.Of(media);
        var id = unknownId ? UnknownId() : interaction.Id ?? throw new InvalidOperationException($"The scenario has no {ScenarioInteractions.Words(media)} yet");
        return PostAsync(role, $"{media.MeCollectionPath}/{id}", operation, parameters, attempt, $"{role}'s {operation} on {interaction.Describe()}");
    }

    /// <summary>An operation on a path of its own (e.g. a supervisor's /api/v2/users/{userId}/channels/chat), checked like any other.</summary>
    public Task<HttpExchange> OnPathAsync(string role, string path, string operation, JsonObject parameters, bool attempt, string description) =>
        PostAsync(role, path, operation, parameters, attempt, description);

    /// <summary>InitiateIMSession on POST /api/v2/me/im-sessions ("IM Session API: InitiateIMSession"); the session's id comes with its first notification.</summary>
    public Task<HttpExchange> InitiateImSessionAsync(string role, JsonObject parameters, bool attempt)
    {
        var session = interactions.Of(MediaKind.ImSession);
        session.Id = null;
        return PostAsync(role, MediaKind.ImSession.MeCollectionPath, Operations.InitiateImSession, parameters, attempt, $"{role}'s {Operations.InitiateImSession}");
    }

    /// <summary>An informational probe: the request as a doc sample writes it, to a path of its own; never judged.</summary>
    public async Task<HttpExchange> ProbeAsync(string role, MediaKind media, string pathTemplate, string operation, JsonObject parameters)
    {
        var interaction = interactions.Of(media);
        var path = pathTemplate.Replace("{id}", interaction.Id ?? throw new InvalidOperationException("The probe needs the scenario's interaction"), StringComparison.Ordinal);
        evidence.Probing = true;
        try
        {
            return await SendAsync(role, path, operation, parameters, $"{role}'s probe {operation} on {path}");
        }
        finally
        {
            evidence.Probing = false;
        }
    }

    /// <summary>Posts the operation with its parameters as the role's agent, marking every inbox first, and remembers the exchange.</summary>
    private async Task<HttpExchange> SendAsync(string role, string path, string operation, JsonObject parameters, string description)
    {
        var body = new JsonObject { [Parameters.OperationName] = operation };
        foreach (var (name, value) in parameters)
        {
            body[name] = value?.DeepClone();
        }

        var agent = agents.Get(role);
        agents.MarkAll();
        var exchange = await agent.Http.PostAsync(path, body);
        Remember(role, exchange, description);
        return exchange;
    }

    private async Task<HttpExchange> PostAsync(string role, string path, string operation, JsonObject parameters, bool attempt, string description)
    {
        var exchange = await SendAsync(role, path, operation, parameters, description);

        var violations = exchange.Json is null
            ? [$"(root): not a JSON object (Content-Type {exchange.ResponseHeaders.FirstOrDefault(h => h.StartsWith("Content-Type", StringComparison.OrdinalIgnoreCase)) ?? "absent"})"]
            : (await target.Schemas.ValidateHttpBodyAsync(OperationResponseSchema, exchange.ResponseBody)).Select(v => v.ToString()).ToList();
        if (violations.Count > 0)
        {
            throw new AssertionException(
                $"Expected the answer to {description} to match Schemas/http/{OperationResponseSchema}.schema.json (\"Return Values\")\n"
                + $"Actual: {exchange.Summary}\nViolations (JSON Pointer: keyword: expected; actual):\n  " + string.Join("\n  ", violations));
        }

        if (!attempt && exchange.StatusCode != GwsStatusCodes.Ok)
        {
            throw new AssertionException($"Expected {description} to be answered statusCode 0\nActual: {exchange.Summary}");
        }

        return exchange;
    }

    private void Remember(string role, HttpExchange exchange, string description)
    {
        lastRequest.Exchange = exchange;
        matched.Last = [];
        lastRequest.Role = role;
        lastRequest.Description = description;
        agents.Get(role).LastReferenceId = exchange.ReferenceId;
    }

    /// <summary>Shaped like the ids of the samples (0000Na9B26EF006E) but never issued: random and prefixed.</summary>
    internal static string UnknownId() =>
        "UNKNOWN" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToString(CultureInfo.InvariantCulture);
}
