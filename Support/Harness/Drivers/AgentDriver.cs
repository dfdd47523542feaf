using System.Text.Json.Nodes;
using Conformance.Bayeux;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Http;
using Conformance.Harness.Outcomes;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Brings a scenario role onto the target: leases an account, opens its HTTP session, reads who it is,
/// and, when signing in, connects its Bayeux client, subscribes to the topics of the three APIs and
/// makes it Ready ("StartContactCenterSession", "Agent State Control: Ready"; the order every public client uses, docs/inferences.md#agent-initial-state).
/// </summary>
public sealed class AgentDriver(TargetRuntime target, ScenarioAgents agents, ScenarioEvidence evidence, ScenarioInteractions interactions)
{
    /// <summary>Generous: parallel scenarios may hold every account for a while.</summary>
    private static readonly TimeSpan LeaseTimeout = TimeSpan.FromSeconds(120);

    public async Task<AgentSession> SignInAsync(string role, string? account = null, IReadOnlyList<string>? anyOf = null)
    {
        var agent = await ConnectAsync(role, account, anyOf);
        // A server without one of these channels answers 7 (partial success) and logs in the others,
        // which is what a scenario needs; clients treat 0 and 7 alike.
        await RequireOkAsync(agent, ApiPaths.Me, new JsonObject
        {
            [Parameters.OperationName] = Operations.StartContactCenterSession,
            [Parameters.Channels] = new JsonArray(MediaChannels.Chat, MediaChannels.SmsSession, MediaChannels.InstantMessaging),
        }, GwsStatusCodes.PartialSuccess);
        await RequireOkAsync(agent, ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.Ready });
        agent.Mark();
        return agent;
    }

    /// <summary>
    /// The agent's HTTP session and subscribed Bayeux client, without a contact-center session: what a
    /// client has before StartContactCenterSession (the agent-session features start here).
    /// </summary>
    public async Task<AgentSession> ConnectAsync(string role, string? account = null, IReadOnlyList<string>? anyOf = null)
    {
        var agent = await OpenAsync(role, account, anyOf);
        var options = new BayeuxClientOptions { Endpoint = target.NotificationsUrl, CookieContainer = agent.Http.Cookies };
        options.Headers["Authorization"] = agent.Http.Authorization ?? "";
        options.RedactedHeaders.Add("Authorization");
        if (agent.Http.CsrfHeader is { } csrf)
        {
            options.Headers[csrf.Key] = csrf.Value;
            options.RedactedHeaders.Add(csrf.Key);
        }

        agent.Bayeux = new BayeuxClient(options);
        await agent.Bayeux.HandshakeAsync();
        string[] topics = [interactions.TopicOf(MediaKind.Chat), interactions.TopicOf(MediaKind.SmsSession), interactions.TopicOf(MediaKind.ImSession), Topics.Channels];
        var replies = await agent.Bayeux.SubscribeAsync(topics);
        if (replies.FirstOrDefault(r => !r.Successful) is { } refused)
        {
            throw new InvalidOperationException($"{role} ({agent.Account}) could not subscribe: {refused}");
        }

        agent.SignedIn = true;
        agent.Mark();
        return agent;
    }

    /// <summary>An agent that exists on the target but has no session and is not Ready ("Carol is not signed in").</summary>
    public Task<AgentSession> PrepareSignedOutAsync(string role) => OpenAsync(role, account: null);

    /// <summary>The account configured as having no IM-capable device ("IM Session API: InitiateIMSession"), or not applicable.</summary>
    public Task<AgentSession> SignInWithoutImDeviceAsync(string role) =>
        target.Options.NoImDeviceAccount is { } account
            ? SignInAsync(role, account)
            : throw new NotApplicableException("The target profile names no NoImDeviceAccount (an agent without an IM-capable device).");

    /// <summary>The account configured as having several IM-capable devices ("IM Session API: InitiateIMSession"), or not applicable.</summary>
    public Task<AgentSession> SignInWithSeveralImDevicesAsync(string role) =>
        target.Options.MultiImDeviceAccount is { } account
            ? SignInAsync(role, account)
            : throw new NotApplicableException("The target profile names no MultiImDeviceAccount (an agent with several IM-capable devices).");

    /// <summary>One of the profile's SupervisorAccounts (Chat API: Monitor needs the supervisor role), or not applicable.</summary>
    public Task<AgentSession> SignInSupervisorAsync(string role) =>
        target.Options.SupervisorAccounts.Count > 0
            ? SignInAsync(role, anyOf: target.Options.SupervisorAccounts)
            : throw new NotApplicableException("The target profile names no SupervisorAccounts (users with the supervisor role).");

    private async Task<AgentSession> OpenAsync(string role, string? account, IReadOnlyList<string>? anyOf = null)
    {
        var lease = account is not null ? await target.Pool.LeaseAsync(account, LeaseTimeout)
            : anyOf is not null ? await target.Pool.LeaseAnyOfAsync(anyOf, $"one of the accounts {string.Join(", ", anyOf)}", LeaseTimeout)
            : await target.Pool.LeaseAnyAsync(LeaseTimeout);
        var http = new GwsHttpSession(role, target.BaseUrl, lease.Account, target.Options.AgentPassword, target.Options.Csrf, target.Options.HttpTimeout, evidence.Record);
        var agent = new AgentSession(role, lease, http);
        agents.Add(agent);
        var me = await http.GetAsync($"{ApiPaths.Me}?{Parameters.Subresources}={Parameters.AllFields}");
        if (me.StatusCode != GwsStatusCodes.Ok || me.Json?[ResponseFields.User] is not JsonObject user)
        {
            throw new InvalidOperationException($"{role} ({lease.Account}) cannot read its user: {me.Summary}");
        }

        agent.User = user;
        return agent;
    }

    private static async Task<HttpExchange> RequireOkAsync(AgentSession agent, string path, JsonObject body, int alsoAccepted = GwsStatusCodes.Ok)
    {
        var answer = await agent.Http.PostAsync(path, body);
        return answer.StatusCode == GwsStatusCodes.Ok || answer.StatusCode == alsoAccepted
            ? answer
            : throw new InvalidOperationException($"{agent.Role} ({agent.Account}) could not sign in: {answer.Summary}");
    }
}
