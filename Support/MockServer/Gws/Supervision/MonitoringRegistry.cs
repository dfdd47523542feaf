using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Supervision;

/// <summary>
/// The monitorings in force, one per supervisor, agent and medium (asking again replaces it).
/// Guarded by <see cref="Domain.GwsState.Gate"/> like the rest of the state.
/// </summary>
internal sealed class MonitoringRegistry
{
    private readonly List<Monitoring> _items = [];

    public void Set(Monitoring monitoring)
    {
        Remove(monitoring.SupervisorId, monitoring.AgentId, monitoring.Media);
        _items.Add(monitoring);
    }

    public bool Remove(string supervisorId, string agentId, MediaKind media) =>
        _items.RemoveAll(m => m.SupervisorId == supervisorId && m.AgentId == agentId && m.Media == media) > 0;

    public void Remove(Monitoring monitoring) => _items.Remove(monitoring);

    public Monitoring? Find(string supervisorId, string agentId, MediaKind media) =>
        _items.FirstOrDefault(m => m.SupervisorId == supervisorId && m.AgentId == agentId && m.Media == media);

    /// <summary>The supervisors watching <paramref name="agentId"/> on <paramref name="media"/>, oldest request first.</summary>
    public IReadOnlyList<Monitoring> Of(string agentId, MediaKind media) =>
        [.. _items.Where(m => m.AgentId == agentId && m.Media == media)];

    public void Clear() => _items.Clear();
}
