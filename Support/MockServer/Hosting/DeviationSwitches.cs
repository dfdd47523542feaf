namespace Conformance.MockServer.Hosting;

/// <summary>The deviations switched on right now; options set the start value, the control API changes it.</summary>
public sealed class DeviationSwitches
{
    private readonly object _gate = new();
    private HashSet<Deviation> _active;

    public DeviationSwitches(IEnumerable<Deviation> initial) => _active = [.. initial];

    public bool IsOn(Deviation deviation)
    {
        lock (_gate)
        {
            return _active.Contains(deviation);
        }
    }

    public IReadOnlyList<Deviation> Active
    {
        get
        {
            lock (_gate)
            {
                return [.. _active.Order()];
            }
        }
    }

    public void Set(IEnumerable<Deviation> active)
    {
        lock (_gate)
        {
            _active = [.. active];
        }
    }
}
