internal sealed record Measurement(double EventsPerSecond, double[] Latencies, int Problems)
{
    public override string ToString() =>
        $"{EventsPerSecond,8:0} events/s; latency median {Percentile(Latencies, 50):0.00} ms, p99 {Percentile(Latencies, 99):0.00} ms, max {Latencies.Max():0.00} ms; lost or reordered {Problems}";

    /// <summary>Our client only (in this process): GC, thread pool and transport during the paced run.</summary>
    public string Diagnostics { get; init; } = "";

    /// <summary>Our client only: bytes allocated, CPU and GC collections per event, over the burst and over the paced run.</summary>
    public string Cost { get; init; } = "";

    private static double Percentile(double[] values, double percent)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
