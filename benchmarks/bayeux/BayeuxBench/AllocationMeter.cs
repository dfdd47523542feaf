using System.Diagnostics;
using Conformance.Bayeux;

namespace BayeuxBench;

/// <summary>
/// What this process spent on a run of received events: bytes allocated (all threads, precise), GC collections by
/// generation and CPU time, each per event. Unlike wall-clock throughput these hold on a shared machine.
/// </summary>
internal sealed class AllocationMeter
{
    private readonly long _bytes;
    private readonly int _gen0;
    private readonly int _gen1;
    private readonly int _gen2;
    private readonly TimeSpan _cpu;
    private readonly TrafficLog _traffic;
    private readonly long _sequence;

    /// <summary>Starts now; <paramref name="traffic"/> (the client's log) tells how many arrays it received meanwhile.</summary>
    public AllocationMeter(TrafficLog traffic)
    {
        _traffic = traffic;
        _sequence = LastSequence(traffic);
        _gen0 = GC.CollectionCount(0);
        _gen1 = GC.CollectionCount(1);
        _gen2 = GC.CollectionCount(2);
        _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _bytes = GC.GetTotalAllocatedBytes(precise: true);
    }

    /// <summary>Reads the counters now, for <paramref name="events"/> events.</summary>
    public string Report(int events)
    {
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - _bytes;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpu;
        var (gen0, gen1, gen2) = (GC.CollectionCount(0) - _gen0, GC.CollectionCount(1) - _gen1, GC.CollectionCount(2) - _gen2);
        var responses = _traffic.Snapshot().Count(e => e.Sequence > _sequence && e.Direction == TrafficDirection.Received);
        return $"{(double)bytes / events,6:0} bytes/event, CPU {cpu.TotalMicroseconds / events,5:0.0} µs/event, GC gen0/1/2 +{gen0}/+{gen1}/+{gen2}, "
            + $"{responses} responses ({(double)events / Math.Max(1, responses):0.0} events each)";
    }

    private static long LastSequence(TrafficLog traffic) => traffic.Snapshot() is { Count: > 0 } entries ? entries[^1].Sequence : 0;
}
