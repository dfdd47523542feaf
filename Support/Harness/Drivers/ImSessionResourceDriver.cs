using System.Text.Json.Nodes;
using Conformance.Bayeux;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Http;
using Conformance.Harness.Schemas;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// The IM Session API beyond its three seeded operations: the user-data operations (whose body names
/// the operation, the parameter table the rest), the IM session resource (GET /api/v2/me/im-sessions
/// and of one session, held to Schemas/http/im-sessions) and what the matched AttachedDataChanged
/// notification no longer carries.
/// </summary>
public sealed class ImSessionResourceDriver(TargetRuntime target, OperationDriver operations, ScenarioAgents agents, ScenarioInteractions interactions, LastRequest lastRequest, MatchedNotifications matched)
{
    private const string CollectionSchema = "im-sessions";
    private const string ItemSchema = "im-session";
    private const string FailureSchema = "operation-response";

    /// <summary>AttachUserData, UpdateUserData or DeleteUserData with the table's parameters.</summary>
    public Task UserDataAsync(string role, string operation, JsonObject parameters, bool attempt, bool unknownId) =>
        operations.OnInteractionAsync(role, MediaKind.ImSession, operation, parameters, attempt, unknownId);

    /// <summary>GET /api/v2/me/im-sessions, with fields=* or without (a list of uris).</summary>
    public Task ReadCollectionAsync(string role, bool allFields) =>
        GetAsync(role, MediaKind.ImSession.MeCollectionPath + (allFields ? $"?{Parameters.Fields}={Parameters.AllFields}" : ""), CollectionSchema);

    /// <summary>GET /api/v2/me/im-sessions/{id}, of the scenario's session or of an id the target never issued.</summary>
    public Task ReadOneAsync(string role, bool unknownId)
    {
        var id = unknownId
            ? OperationDriver.UnknownId()
            : interactions.Of(MediaKind.ImSession).Id ?? throw new InvalidOperationException("The scenario has no IM session yet");
        return GetAsync(role, $"{MediaKind.ImSession.MeCollectionPath}/{id}", ItemSchema);
    }

    /// <summary>The answer lists the scenario's session: among the uris, or among imSessions in the given state.</summary>
    public void ExpectListed(string? state)
    {
        var exchange = lastRequest.Require();
        var id = interactions.Of(MediaKind.ImSession).Id ?? throw new InvalidOperationException("The scenario has no IM session yet");
        var listed = state is null
            ? (exchange.Json?[ResponseFields.Uris] as JsonArray)?.Any(u => u?.ToString().EndsWith(MediaKind.ImSession.ResourcePath(id), StringComparison.Ordinal) == true) == true
            : (exchange.Json?[MediaKind.ImSession.CollectionKey] as JsonArray)?.OfType<JsonObject>()
                .Any(s => s[ResourceFields.Id]?.ToString() == id && s[ResourceFields.State]?.ToString() == state) == true;
        Expect(listed, $"the answer to {lastRequest.Description} to list IM session {id}{(state is null ? " by its uri" : " in state " + state)}", exchange);
    }

    /// <summary>The answer lists no IM session (neither uris nor resources).</summary>
    public void ExpectNoneListed()
    {
        var exchange = lastRequest.Require();
        var count = ((exchange.Json?[ResponseFields.Uris] as JsonArray)?.Count ?? 0) + ((exchange.Json?[MediaKind.ImSession.CollectionKey] as JsonArray)?.Count ?? 0);
        Expect(count == 0, $"the answer to {lastRequest.Description} to list no IM session", exchange);
    }

    /// <summary>The answer is the scenario's IM session, in the given state, with these userData.</summary>
    public void ExpectResource(string state, IReadOnlyList<(string Key, string Value)> userData)
    {
        var exchange = lastRequest.Require();
        var id = interactions.Of(MediaKind.ImSession).Id;
        var session = exchange.Json?[MediaKind.ImSession.ResourceKey] as JsonObject;
        var data = session?[ResourceFields.UserData] as JsonObject;
        Expect(session?[ResourceFields.Id]?.ToString() == id && session?[ResourceFields.State]?.ToString() == state
            && userData.All(e => data?[e.Key]?.ToString() == e.Value),
            $"the answer to {lastRequest.Description} to be IM session {id} in state {state}"
            + (userData.Count == 0 ? "" : " with userData " + string.Join(", ", userData.Select(e => $"{e.Key}={e.Value}"))), exchange);
    }

    /// <summary>
    /// The destination agent has the scenario's session in Talking: searched from the start of its
    /// inbox, since it may have arrived before the initiator's. Every agent's "since the request" then
    /// starts after it.
    /// </summary>
    public async Task AwaitReachedAsync(string role)
    {
        var agent = agents.Get(role);
        var session = interactions.Of(MediaKind.ImSession);
        var id = session.Id ?? throw new InvalidOperationException("The scenario has no IM session yet");
        var client = agent.Bayeux ?? throw new InvalidOperationException($"{role} is not signed in, so it has no inbox");
        try
        {
            var found = await client.Inbox.WaitForAsync(
                new InboxMark(0, DateTimeOffset.MinValue),
                e => e.Data?[MediaKind.ImSession.ResourceKey] is JsonObject s && s[ResourceFields.Id]?.ToString() == id
                    && s[ResourceFields.State]?.ToString() == ImSessionStates.Talking,
                $"IM session {id} in state {ImSessionStates.Talking}",
                target.Options.NotificationTimeout);
            session.LastKnownResource[role] = (JsonObject)found.Data![MediaKind.ImSession.ResourceKey]!;
        }
        catch (InboxExpectationException e)
        {
            throw new AssertionException($"Expected {role} to have IM session {id} in state {ImSessionStates.Talking} within "
                + $"{target.Options.NotificationTimeout.TotalSeconds:0} s\nActual: {e.Message}");
        }

        agents.MarkAll();
    }

    private async Task GetAsync(string role, string path, string schema)
    {
        var agent = agents.Get(role);
        agents.MarkAll();
        var exchange = await agent.Http.GetAsync(path);
        lastRequest.Exchange = exchange;
        lastRequest.Role = role;
        lastRequest.Description = $"{role}'s GET {path}";
        matched.Last = [];

        // A refusal has the shape of every refusal (ReturnValues); only a success is the resource.
        await HttpBodyCheck.RequireAsync(target.Schemas, exchange, exchange.StatusCode == GwsStatusCodes.Ok ? schema : FailureSchema, lastRequest.Description);
    }

    private static void Expect(bool holds, string expected, HttpExchange exchange)
    {
        if (!holds)
        {
            throw new AssertionException($"Expected {expected}\nActual: {exchange.Summary}");
        }
    }
}
