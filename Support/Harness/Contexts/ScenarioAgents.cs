using Conformance.Harness.Targets;

namespace Conformance.Harness.Contexts;

/// <summary>
/// The roles of one scenario and the agents playing them. Disposed when the scenario ends: every
/// agent's open interactions are closed and its session ended (<see cref="AgentCleanup"/>), then the
/// account goes back to the pool for the next scenario. The last [AfterScenario] hook disposes it
/// asynchronously; Reqnroll's container disposes only IDisposable, so <see cref="Dispose"/> does the
/// same when that hook did not run (an earlier after-hook threw).
/// </summary>
public sealed class ScenarioAgents(TargetRuntime target) : IAsyncDisposable, IDisposable
{
    private readonly Dictionary<string, AgentSession> _roles = new(StringComparer.Ordinal);

    public IReadOnlyCollection<AgentSession> All => _roles.Values;

    public bool Has(string role) => _roles.ContainsKey(role);

    public AgentSession Get(string role) =>
        _roles.TryGetValue(role, out var agent)
            ? agent
            : throw new InvalidOperationException($"No agent plays \"{role}\" in this scenario; a Given step must sign it in first (known: {string.Join(", ", _roles.Keys)})");

    public void Add(AgentSession agent) => _roles.Add(agent.Role, agent);

    /// <summary>Every agent's "since the request" starts now.</summary>
    public void MarkAll()
    {
        foreach (var agent in _roles.Values)
        {
            agent.Mark();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        // Supervisors first: their monitoring must end before a monitored agent's account goes back to the pool.
        var agents = _roles.Values.OrderBy(a => a.Monitoring.Count == 0).ToList();
        _roles.Clear();
        foreach (var agent in agents)
        {
            try
            {
                if (agent.SignedIn)
                {
                    await AgentCleanup.CloseEverythingAsync(agent, target.Options.HttpTimeout);
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // Best effort (AgentCleanup): the verdict is in; a target that went away must not turn it into Broken.
            }
            finally
            {
                await agent.DisposeAsync();
            }
        }
    }
}
