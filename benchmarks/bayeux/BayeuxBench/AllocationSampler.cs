using System.Diagnostics.Tracing;
using System.Globalization;

namespace BayeuxBench;

/// <summary>
/// Which types this process allocates, from the runtime's allocation ticks (one event per about 100 KB allocated, naming
/// the type whose allocation crossed the mark): a sampling allocation profile, in process. Set BAYEUX_BENCH_ALLOCATIONS=1.
/// The runtime hands the events over with a delay, so a report waits (with a deadline) until one stamped after its window came.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private static readonly TimeSpan Flush = TimeSpan.FromSeconds(5);
    private readonly object _gate = new();
    private readonly List<(DateTime At, string Type, long Bytes)> _ticks = [];
    private DateTime _latest;

    /// <summary>The <paramref name="top"/> types by sampled bytes between <paramref name="from"/> and <paramref name="to"/> (UTC).</summary>
    public string Report(DateTime from, DateTime to, int top)
    {
        var deadline = DateTime.UtcNow + Flush;
        lock (_gate)
        {
            while (_latest < to && DateTime.UtcNow < deadline)
            {
                Monitor.Wait(_gate, deadline - DateTime.UtcNow);
            }
            var window = _ticks.Where(t => t.At >= from && t.At <= to).ToArray();
            _ticks.RemoveAll(t => t.At <= to);
            var total = window.Sum(t => t.Bytes);
            return string.Join(Environment.NewLine, window.GroupBy(t => t.Type).Select(g => (Type: g.Key, Bytes: g.Sum(t => t.Bytes)))
                .OrderByDescending(g => g.Bytes).Take(top)
                .Select(g => $"             {g.Bytes * 100.0 / Math.Max(1, total),5:0.0}%  {g.Type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        lock (_gate)
        {
            if (eventData.TimeStamp.ToUniversalTime() > _latest)
            {
                _latest = eventData.TimeStamp.ToUniversalTime();
            }
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload && eventData.PayloadNames is { } names)
            {
                var type = names.IndexOf("TypeName") is var t and >= 0 ? payload[t] as string ?? "?" : "?";
                var bytes = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(payload[a], CultureInfo.InvariantCulture) : 100_000;
                _ticks.Add((eventData.TimeStamp.ToUniversalTime(), type, bytes));
            }
            Monitor.PulseAll(_gate);
        }
    }
}
