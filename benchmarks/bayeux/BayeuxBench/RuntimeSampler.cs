namespace BayeuxBench;

/// <summary>
/// Samples this process's runtime every millisecond on a thread of its own while a paced run lasts: cumulative GC pause
/// time and collection counts, thread-pool threads and queued work items. Then it says, for the slowest events, whether a
/// GC pause, a queued thread pool or the transport (the event arrived in the same connect reply as the one before, so it
/// waited for the client's next poll) overlapped their publish-to-receive window.
/// </summary>
internal sealed class RuntimeSampler : IDisposable
{
    private readonly List<Sample> _samples = [];
    private readonly Thread _thread;
    private readonly (int Gen0, int Gen1, int Gen2, double PauseMs, int Threads) _start;
    private volatile bool _running = true;

    public RuntimeSampler()
    {
        _start = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds, ThreadPool.ThreadCount);
        _thread = new Thread(Run) { IsBackground = true, Name = "runtime sampler" };
        _thread.Start();
    }

    public void Dispose()
    {
        _running = false;
        _thread.Join(TimeSpan.FromSeconds(5));
    }

    /// <summary>One line of the round's diagnostics; <paramref name="events"/> are (published ms, arrived ms) in arrival order.</summary>
    public string Report(IReadOnlyList<(double Published, double Arrived)> events, double tailFromMs)
    {
        Sample[] taken;
        lock (_samples)
        {
            taken = [.. _samples];
        }
        var pauseMs = GC.GetTotalPauseDuration().TotalMilliseconds - _start.PauseMs;
        var all = Enumerable.Range(0, events.Count).ToArray();
        var tail = all.Where(i => events[i].Arrived - events[i].Published >= tailFromMs).ToArray();
        string Shares(int[] which) => which.Length == 0 ? "-" : string.Join(", ", Causes(which).Select(c => $"{c.Name} {c.Count * 100 / which.Length}%"));
        return $"GC gen0/1/2 +{GC.CollectionCount(0) - _start.Gen0}/+{GC.CollectionCount(1) - _start.Gen1}/+{GC.CollectionCount(2) - _start.Gen2}, pause {pauseMs:0.0} ms; "
            + $"pool threads {_start.Threads}->{ThreadPool.ThreadCount} (max {(taken.Length == 0 ? 0 : taken.Max(s => s.Threads))}), queued work items max {(taken.Length == 0 ? 0 : taken.Max(s => s.Pending))}; "
            + $"sampler stalls > 5 ms {taken.Zip(taken.Skip(1)).Count(p => p.Second.AtMs - p.First.AtMs > 5)}\n"
            + $"           overlapping the {tail.Length} tail events (>= {tailFromMs:0.00} ms): {Shares(tail)}\n"
            + $"           overlapping all {all.Length} events (baseline):       {Shares(all)}";

        IEnumerable<(string Name, int Count)> Causes(int[] which)
        {
            int gc = 0, backlog = 0, stalled = 0, batched = 0;
            foreach (var i in which)
            {
                var (published, arrived) = events[i];
                var window = taken.Where(s => s.AtMs >= published && s.AtMs <= arrived).ToArray();
                var before = taken.LastOrDefault(s => s.AtMs <= published);
                var after = taken.FirstOrDefault(s => s.AtMs >= arrived);
                if (after is not null && before is not null && after.PauseMs > before.PauseMs)
                {
                    gc++;
                }
                if (window.Any(s => s.Pending >= 2))
                {
                    backlog++;
                }
                // The sampler sleeps 1 ms: a gap of more than 5 ms means this process was not running (the machine's scheduler).
                var edges = (before is null ? [] : new[] { before }).Concat(window).Concat(after is null ? [] : [after]).ToArray();
                if (edges.Zip(edges.Skip(1)).Any(p => p.Second.AtMs - p.First.AtMs > 5))
                {
                    stalled++;
                }
                // Published at least 1 ms after the previous one but received within 0.2 ms of it: both came in one connect reply.
                if (i > 0 && published - events[i - 1].Published >= 1 && arrived - events[i - 1].Arrived < 0.2)
                {
                    batched++;
                }
            }
            return [("GC pause", gc), ("process not scheduled", stalled), ("pool backlog >= 2", backlog), ("waited for the next poll", batched)];
        }
    }

    private void Run()
    {
        while (_running)
        {
            var sample = new Sample((DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds, GC.GetTotalPauseDuration().TotalMilliseconds,
                ThreadPool.PendingWorkItemCount, ThreadPool.ThreadCount);
            lock (_samples)
            {
                _samples.Add(sample);
            }
            Thread.Sleep(1);
        }
    }

    private sealed record Sample(double AtMs, double PauseMs, long Pending, int Threads);
}
