internal sealed record Measurement(double EventsPerSecond, double[] Latencies, int Problems)
{
    public override string ToString() =>
        $"{EventsPerSecond,8:0} events/s; latency median {Percentile(Latencies, 50):0.00} ms, p99 {Percentile(Latencies, 99):0.00} ms; lost or reordered {Problems}";

    private static double Percentile(double[] values, double percent)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
