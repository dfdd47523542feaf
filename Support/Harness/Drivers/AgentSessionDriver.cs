using System.Globalization;
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
/// The agent's multimedia session on POST /api/v2/me (StartContactCenterSession,
/// EndContactCenterSession, Ready, NotReady) and on /api/v2/me/channels/{channel}, the
/// ChannelStateChangeMessageV2 notifications they cause on /v2/me/channels, and the user resource of
/// GET /api/v2/me. Answers are held to Schemas/http/me-operation-response, user resources to
/// Schemas/http/me-subresources, notifications to their own schema.
/// </summary>
public sealed class AgentSessionDriver(TargetRuntime target, AgentDriver agentDriver, ScenarioAgents agents, LastRequest lastRequest)
{
    private const string OperationSchema = "me-operation-response";
    private const string UserSchema = "me-subresources";

    /// <summary>Signed in and listening, but no StartContactCenterSession yet.</summary>
    public Task ConnectWithoutSessionAsync(string role) => agentDriver.ConnectAsync(role);

    public Task StartAsync(string role, IReadOnlyList<string> channels, bool attempt) =>
        PostAsync(role, ApiPaths.Me, new JsonObject
        {
            [Parameters.OperationName] = Operations.StartContactCenterSession,
            [Parameters.Channels] = new JsonArray([.. channels.Select(c => (JsonNode)c)]),
        }, attempt);

    /// <summary>StartContactCenterSession with the body a table gives (absent or wrongly typed channels).</summary>
    public Task StartWithAsync(string role, JsonObject parameters) =>
        PostAsync(role, ApiPaths.Me, WithOperation(Operations.StartContactCenterSession, parameters), attempt: true);

    public Task EndAsync(string role, bool attempt) =>
        PostAsync(role, ApiPaths.Me, WithOperation(Operations.EndContactCenterSession, []), attempt);

    /// <summary>Ready or NotReady on every logged-in channel (POST /api/v2/me) or on one (/api/v2/me/channels/{channel}).</summary>
    public Task SetStateAsync(string role, string operation, string? channel, bool attempt) =>
        PostAsync(role, channel is null ? ApiPaths.Me : $"{ApiPaths.MeChannels}/{channel}", WithOperation(operation, []), attempt);

    /// <summary>"receives a channel state notification for the chat channel with state Ready": the first such since the request.</summary>
    public async Task ExpectChannelStateAsync(string role, string channel, string state)
    {
        var agent = agents.Get(role);
        var client = agent.Bayeux ?? throw new InvalidOperationException($"{role} is not signed in, so it has no inbox");
        BayeuxEvent found;
        try
        {
            found = await client.Inbox.WaitForAsync(
                new InboxMark(agent.MarkOrder, DateTimeOffset.MinValue),
                Topics.Channels,
                e => ChannelEntry(e.Data, channel)?[DirectoryFields.UserState]?[DirectoryFields.State]?.ToString() == state,
                $"ChannelStateChangeMessageV2 with {channel} {state}",
                target.Options.NotificationTimeout);
        }
        catch (InboxExpectationException e)
        {
            throw new AssertionException(
                $"Expected {role} to receive a {MessageTypes.ChannelStateChange} on {Topics.Channels} with channel {channel} in state {state} "
                + $"within {target.Options.NotificationTimeout.TotalSeconds:0} s of {lastRequest.Description}\n"
                + $"Actual: {Arrived(agent)}\n(inbox: {e.Message})");
        }

        var violations = await target.Schemas.ValidateNotificationAsync(found.Data!.ToJsonString());
        if (violations.Count > 0)
        {
            throw new AssertionException($"Expected the {MessageTypes.ChannelStateChange} to match its schema in Schemas/notifications\n"
                + $"Actual: violations (JSON Pointer: rule):\n  {string.Join("\n  ", violations)}\nin: {found.Data!.ToJsonString()}");
        }
    }

    /// <summary>GET /api/v2/me?subresources=*, kept as the scenario's last request.</summary>
    public async Task<JsonObject> ReadUserAsync(string role)
    {
        var agent = agents.Get(role);
        agents.MarkAll();
        var exchange = await agent.Http.GetAsync($"{ApiPaths.Me}?{Parameters.Subresources}={Parameters.AllFields}");
        Remember(role, exchange, $"{role}'s GET {ApiPaths.Me}?{Parameters.Subresources}={Parameters.AllFields}");
        await HttpBodyCheck.RequireAsync(target.Schemas, exchange, UserSchema, lastRequest.Description);
        return exchange.Json?[ResponseFields.User] as JsonObject
            ?? throw new AssertionException($"Expected a user in the answer to {lastRequest.Description}\nActual: {exchange.Summary}");
    }

    /// <summary>The channels of the user resource, each with its userState.state, are exactly these.</summary>
    public async Task ExpectChannelsAsync(string role, IReadOnlyList<(string Channel, string State)> expected)
    {
        var user = await ReadUserAsync(role);
        var actual = (user[ResponseFields.Channels] as JsonArray)?.OfType<JsonObject>()
            .Select(c => (Channel: c[DirectoryFields.Channel]?.ToString() ?? "", State: c[DirectoryFields.UserState]?[DirectoryFields.State]?.ToString() ?? ""))
            .OrderBy(c => c.Channel, StringComparer.Ordinal).ToList() ?? [];
        var wanted = expected.OrderBy(c => c.Channel, StringComparer.Ordinal).ToList();
        if (!actual.SequenceEqual(wanted))
        {
            throw new AssertionException($"Expected {role}'s channels to be [{Describe(wanted)}]\nActual: [{Describe(actual)}]\nin: {user[ResponseFields.Channels]?.ToJsonString() ?? "(no channels)"}");
        }
    }

    /// <summary>Every device of the user resource carries these fields.</summary>
    public async Task ExpectDeviceFieldsAsync(string role, IReadOnlyList<string> fields)
    {
        var user = await ReadUserAsync(role);
        var devices = (user[ResponseFields.Devices] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var missing = devices.SelectMany((d, i) => fields.Where(f => !d.ContainsKey(f)).Select(f => $"device {i + 1}: {f}")).ToList();
        if (devices.Count == 0 || missing.Count > 0)
        {
            throw new AssertionException($"Expected every device of {role} to carry {string.Join(", ", fields)}\n"
                + $"Actual: {(devices.Count == 0 ? "no devices" : "missing " + string.Join("; ", missing))}\nin: {user[ResponseFields.Devices]?.ToJsonString() ?? "(no devices)"}");
        }
    }

    /// <summary>The user resource names the user signed in: its id, userName, uri and path.</summary>
    public async Task ExpectOwnUserAsync(string role)
    {
        var agent = agents.Get(role);
        var user = await ReadUserAsync(role);
        var wrong = new[] { DirectoryFields.Id, DirectoryFields.UserName, DirectoryFields.Uri, DirectoryFields.Path }
            .Where(f => user[f]?.ToString() != agent.User[f]?.ToString() || string.IsNullOrEmpty(user[f]?.ToString())).ToList();
        if (user[DirectoryFields.UserName]?.ToString() != agent.Account)
        {
            wrong.Add($"userName is not {agent.Account}");
        }

        if (wrong.Count > 0)
        {
            throw new AssertionException($"Expected the user resource of {role} ({agent.Account}) to carry its id, userName, uri and path\nActual: wrong or missing {string.Join(", ", wrong)}\nin: {user.ToJsonString()}");
        }
    }

    /// <summary>statusCode 7 (partial success) with its statusMessage.</summary>
    public void ExpectPartialSuccess()
    {
        var exchange = lastRequest.Require();
        if (exchange.StatusCode != GwsStatusCodes.PartialSuccess || string.IsNullOrEmpty(exchange.StatusMessage))
        {
            throw new AssertionException($"Expected {lastRequest.Description} to be answered statusCode {GwsStatusCodes.PartialSuccess} (partial success) with a statusMessage\nActual: {exchange.Summary}");
        }
    }

    /// <summary>The last answer lists a result per requested channel with these statusCodes (statusCode 7, partial success).</summary>
    public void ExpectChannelResults(IReadOnlyList<(string Channel, long StatusCode)> expected)
    {
        var exchange = lastRequest.Require();
        var actual = (exchange.Json?[ChannelResultFields.Channels] as JsonArray)?.OfType<JsonObject>()
            .Select(c => (Channel: c[ChannelResultFields.Channel]?.ToString() ?? "", StatusCode: c[ChannelResultFields.StatusCode] is JsonValue v && v.TryGetValue<long>(out var code) ? code : -1))
            .ToList() ?? [];
        var missing = expected.Where(e => !actual.Contains(e)).ToList();
        if (missing.Count > 0)
        {
            throw new AssertionException($"Expected the answer to {lastRequest.Description} to list the channel results "
                + string.Join(", ", expected.Select(e => $"{e.Channel}={e.StatusCode}"))
                + $"\nActual: {exchange.Summary}");
        }
    }

    private async Task PostAsync(string role, string path, JsonObject body, bool attempt)
    {
        var agent = agents.Get(role);
        agents.MarkAll();
        var exchange = await agent.Http.PostAsync(path, body);
        Remember(role, exchange, $"{role}'s {body[Parameters.OperationName]} on {path}");
        await HttpBodyCheck.RequireAsync(target.Schemas, exchange, OperationSchema, lastRequest.Description);
        if (!attempt && exchange.StatusCode != GwsStatusCodes.Ok)
        {
            throw new AssertionException($"Expected {lastRequest.Description} to be answered statusCode 0\nActual: {exchange.Summary}");
        }
    }

    private void Remember(string role, HttpExchange exchange, string description)
    {
        lastRequest.Exchange = exchange;
        lastRequest.Role = role;
        lastRequest.Description = description;
        agents.Get(role).LastReferenceId = exchange.ReferenceId;
    }

    private static JsonObject WithOperation(string operation, JsonObject parameters)
    {
        var body = new JsonObject { [Parameters.OperationName] = operation };
        foreach (var (name, value) in parameters)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    private static JsonObject? ChannelEntry(JsonNode? data, string channel) =>
        data?[NotificationFields.MessageType]?.ToString() == MessageTypes.ChannelStateChange
            ? (data[NotificationFields.Channels] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => c[DirectoryFields.Channel]?.ToString() == channel)
            : null;

    private static string Arrived(AgentSession agent)
    {
        var events = agent.Bayeux!.Inbox.Since(new InboxMark(agent.MarkOrder, DateTimeOffset.MinValue), Topics.Channels);
        return events.Count == 0
            ? $"nothing on {Topics.Channels}"
            : string.Create(CultureInfo.InvariantCulture, $"{events.Count} on {Topics.Channels}:\n  ") + string.Join("\n  ", events.Select(e => e.Data?.ToJsonString()));
    }

    private static string Describe(IEnumerable<(string Channel, string State)> channels) => string.Join(", ", channels.Select(c => $"{c.Channel} {c.State}"));
}
