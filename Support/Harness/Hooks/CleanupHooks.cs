using Conformance.Harness.Contexts;
using Reqnroll;

namespace Conformance.Harness.Hooks;

/// <summary>
/// After the evidence is attached: closes every agent's interactions and session and returns the
/// accounts to the pool, asynchronously. Reqnroll disposes only IDisposable contexts (synchronously),
/// so the asynchronous clean-up is a hook; <see cref="ScenarioAgents.Dispose"/> backs it up.
/// </summary>
[Binding]
public sealed class CleanupHooks(ScenarioAgents agents)
{
    /// <summary>After <see cref="EvidenceHooks"/> (default order), which reads the agents' notifications.</summary>
    public const int Order = 20000;

    [AfterScenario(Order = Order)]
    public async Task ReleaseAgentsAsync() => await agents.DisposeAsync();
}
