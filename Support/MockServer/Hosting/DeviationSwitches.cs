namespace Conformance.MockServer.Hosting;

/// <summary>The deviations switched on right now; options set the start value, the control API changes it.</summary>
public sealed class DeviationSwitches
{
    // Never changed once published: a switch replaces the whole set, so a read takes no lock (the notification filters
    // ask dozens of times per notification).
    private volatile HashSet<Deviation> _active;

    public DeviationSwitches(IEnumerable<Deviation> initial) => _active = [.. initial];

    public bool IsOn(Deviation deviation) => _active.Contains(deviation);

    public IReadOnlyList<Deviation> Active => [.. _active.Order()];

    public void Set(IEnumerable<Deviation> active) => _active = [.. active];
}
