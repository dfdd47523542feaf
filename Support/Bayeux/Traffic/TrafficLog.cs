using System.Text;

namespace Conformance.Bayeux;

/// <summary>
/// Every request and reply of one client, for the reports, so a failure shows the wire. Bounded: past
/// <see cref="Capacity"/> entries the oldest are dropped and counted, so a long benchmark cannot exhaust memory.
/// </summary>
public sealed class TrafficLog
{
    private readonly object _gate = new();
    private readonly Queue<TrafficEntry> _entries = new();
    private long _sequence;

    public TrafficLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>How many of the earliest entries were dropped to stay within <see cref="Capacity"/>.</summary>
    public long Dropped { get; private set; }

    public void Record(TrafficDirection direction, string transport, string text)
    {
        lock (_gate)
        {
            Enqueue(new TrafficEntry(++_sequence, DateTimeOffset.UtcNow, direction, transport, text));
        }
    }

    /// <summary>Records UTF-8 JSON as it went over the wire; it is decoded to text only when the entry is read.</summary>
    public void Record(TrafficDirection direction, string transport, ReadOnlyMemory<byte> utf8)
    {
        lock (_gate)
        {
            Enqueue(new TrafficEntry(++_sequence, DateTimeOffset.UtcNow, direction, transport, utf8));
        }
    }

    /// <summary>Records a line that <paramref name="render"/> writes only when the entry is read.</summary>
    public void Record(TrafficDirection direction, string transport, Func<string> render)
    {
        lock (_gate)
        {
            Enqueue(new TrafficEntry(++_sequence, DateTimeOffset.UtcNow, direction, transport, render));
        }
    }

    // Called under the gate.
    private void Enqueue(TrafficEntry entry)
    {
        _entries.Enqueue(entry);
        if (_entries.Count > Capacity)
        {
            _entries.Dequeue();
            Dropped++;
        }
    }

    /// <summary>A copy of the entries recorded so far, oldest first.</summary>
    public IReadOnlyList<TrafficEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    /// <summary>The snapshot as text, one entry per line, ready to attach to a report.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        long dropped;
        IReadOnlyList<TrafficEntry> snapshot;
        lock (_gate)
        {
            dropped = Dropped;
            snapshot = [.. _entries];
        }
        if (dropped > 0)
        {
            text.Append('(').Append(dropped).AppendLine(" earlier entries dropped)");
        }
        foreach (var entry in snapshot)
        {
            text.AppendLine(entry.ToString());
        }
        return text.ToString();
    }
}
