namespace Conformance.MockServer.Bayeux;

/// <summary>
/// Sessions grouped by a key (user id, BAYEUX_BROWSER), so a publish or a connect looks at the few sessions that share it
/// instead of every session of the server: with 10,000 held long polls a scan per connect or per publish is what bounded the mock.
/// </summary>
internal sealed class SessionIndex
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<BayeuxSession>> _groups = new(StringComparer.Ordinal);

    public void Add(string key, BayeuxSession session)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(key, out var group))
            {
                _groups[key] = group = [];
            }
            group.Add(session);
        }
    }

    public void Remove(string key, BayeuxSession session)
    {
        lock (_gate)
        {
            if (_groups.TryGetValue(key, out var group) && group.Remove(session) && group.Count == 0)
            {
                _groups.Remove(key);
            }
        }
    }

    /// <summary>A copy of the group, so the caller may take each session's own lock without holding the index's.</summary>
    public BayeuxSession[] Snapshot(string key)
    {
        lock (_gate)
        {
            return _groups.TryGetValue(key, out var group) ? [.. group] : [];
        }
    }
}
