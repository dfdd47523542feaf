using System.Globalization;
using System.Text.Json.Nodes;
using BayeuxBench;
using Conformance.Bayeux;

// Events per second received and publish-to-receive latency for our client and the official CometD JS client,
// against the same cometd-nodejs-server, in one run, so the ratio holds on any machine. Usage: run [events] [latencyEvents] [rate] [rounds]
var culture = CultureInfo.InvariantCulture;
var burst = args.Length > 0 ? int.Parse(args[0], culture) : 20_000;
var paced = args.Length > 1 ? int.Parse(args[1], culture) : 2_000;
var rate = args.Length > 2 ? int.Parse(args[2], culture) : 500;
var rounds = args.Length > 3 ? int.Parse(args[3], culture) : 5;
var wait = TimeSpan.FromMinutes(3);
using var allocations = Environment.GetEnvironmentVariable("BAYEUX_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;

var root = FindRoot();
var server = LineProcess.Start(root, Path.Combine(root, "Support", "Tests", "Bayeux.Tests", "Interop", "cometd-server.cjs"), "--timeout", "30000", "--lifetime", "1800000");
await using (server)
{
    var listening = await server.WaitForAsync("listening", TimeSpan.FromSeconds(30));
    var endpoint = new Uri($"http://127.0.0.1:{listening["port"]!.GetValue<int>()}/cometd");
    var run = 0;
    var ours = new List<Measurement>();
    var official = new List<Measurement>();
    Console.WriteLine($"Bayeux benchmark: cometd-nodejs-server 1.2.1 at {endpoint}, long-polling, no ack;");
    Console.WriteLine($"  throughput: a burst of {burst} events; latency: {paced} events at {rate}/s; {rounds} rounds, each client alone in turn.");
    for (var round = 1; round <= rounds; round++)
    {
        ours.Add(await MeasureOursAsync());
        Console.WriteLine($"  round {round}: Conformance.Bayeux {ours[^1]}");
        Console.WriteLine($"           ours, cost: {ours[^1].Cost}");
        Console.WriteLine($"           ours, paced run: {ours[^1].Diagnostics}");
        official.Add(await MeasureOfficialAsync());
        Console.WriteLine($"  round {round}: cometd JS         {official[^1]}");
    }
    var oursRate = Median(ours.Select(m => m.EventsPerSecond));
    var officialRate = Median(official.Select(m => m.EventsPerSecond));
    var oursLatency = ours.SelectMany(m => m.Latencies).ToArray();
    var officialLatency = official.SelectMany(m => m.Latencies).ToArray();
    Console.WriteLine();
    Console.WriteLine($"{"client",-34}{"events/s (median)",20}{"latency median ms",20}{"latency p99 ms",18}{"latency max ms",16}{"lost+reordered",16}");
    Row("Conformance.Bayeux (C#)", oursRate, oursLatency, ours.Sum(m => m.Problems));
    Row("cometd 9.0.0 + nodejs-client (JS)", officialRate, officialLatency, official.Sum(m => m.Problems));
    Console.WriteLine($"{"ratio ours / official",-34}{oursRate / officialRate,20:0.00}{Percentile(oursLatency, 50) / Percentile(officialLatency, 50),20:0.00}{Percentile(oursLatency, 99) / Percentile(officialLatency, 99),18:0.00}{oursLatency.Max() / officialLatency.Max(),16:0.00}");
    Console.WriteLine("(events/s: higher is better; latency: lower is better; a ratio > 1 on latency means ours is slower)");
    return ours.Sum(m => m.Problems) + official.Sum(m => m.Problems) == 0 ? 0 : 1;

    async Task<Measurement> MeasureOursAsync()
    {
        const string channel = "/bench/ours";
        await using var client = new BayeuxClient(new BayeuxClientOptions { Endpoint = endpoint });
        await client.HandshakeAsync();
        await client.SubscribeAsync(channel);
        await OursRunAsync(client, channel, 5000, 0); // warm-up (JIT)
        var (throughputEvents, _, burstCost) = await OursRunAsync(client, channel, burst, 0);
        IReadOnlyList<BayeuxEvent> pacedEvents;
        int problems;
        string diagnostics;
        string pacedCost;
        using (var sampler = new RuntimeSampler())
        {
            (pacedEvents, problems, pacedCost) = await OursRunAsync(client, channel, paced, rate);
            var timed = pacedEvents.Select(e => (e.Data!["ts"]!.GetValue<double>(), Ms(e.ArrivedAt))).ToArray();
            diagnostics = sampler.Report(timed, Percentile([.. timed.Select(t => t.Item2 - t.Item1)], 99));
        }
        var firstTs = throughputEvents[0].Data!["ts"]!.GetValue<double>();
        var seconds = (Ms(throughputEvents[^1].ArrivedAt) - firstTs) / 1000;
        var latencies = pacedEvents.Select(e => Ms(e.ArrivedAt) - e.Data!["ts"]!.GetValue<double>()).ToArray();
        return new Measurement(burst / seconds, latencies, problems + Problems(throughputEvents.Select(e => e.Data!["seq"]!.GetValue<int>()))) { Diagnostics = diagnostics, Cost = $"burst {burstCost}; paced {pacedCost}" };
    }

    // Cost: what this process spent from the publish command to the last event's arrival, before anything reads the events.
    async Task<(IReadOnlyList<BayeuxEvent> Events, int Problems, string Cost)> OursRunAsync(BayeuxClient client, string channel, int count, int perSecond)
    {
        var mark = client.Inbox.Mark();
        var id = ++run;
        var meter = new AllocationMeter(client.Traffic);
        var start = DateTime.UtcNow;
        await server.SendAsync($"publish {channel} {count} {id} {perSecond}");
        var events = await client.Inbox.WaitForCountAsync(mark, channel, count, $"run {id}", wait);
        var cost = meter.Report(count);
        if (allocations is not null)
        {
            cost += Environment.NewLine + "           sampled allocations, by type:" + Environment.NewLine + allocations.Report(start, DateTime.UtcNow, 20) + Environment.NewLine;
        }
        return (events, Problems(events.Select(e => e.Data!["seq"]!.GetValue<int>())), cost);
    }

    async Task<Measurement> MeasureOfficialAsync()
    {
        var script = Path.Combine(root, "benchmarks", "bayeux", "js-client.mjs");
        await using var client = LineProcess.Start(root, script, "--url", endpoint.ToString(), "--channel", "/bench/js", "--lifetime", "900000");
        await client.WaitForAsync("ready", TimeSpan.FromSeconds(30));
        await OfficialRunAsync(client, 5000, 0); // warm-up (JIT)
        var throughput = await OfficialRunAsync(client, burst, 0);
        var pacedResult = await OfficialRunAsync(client, paced, rate);
        var seconds = (throughput["lastReceived"]!.GetValue<double>() - throughput["firstTs"]!.GetValue<double>()) / 1000;
        var latencies = pacedResult["latencies"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
        var problems = throughput["outOfOrder"]!.GetValue<int>() + pacedResult["outOfOrder"]!.GetValue<int>();
        await client.SendAsync("exit");
        return new Measurement(burst / seconds, latencies, problems);
    }

    async Task<JsonObject> OfficialRunAsync(LineProcess client, int count, int perSecond)
    {
        var id = ++run;
        var results = client.Count("result");
        var expecting = client.Count("expecting");
        await client.SendAsync($"expect {id} {count}");
        await client.WaitForAsync("expecting", TimeSpan.FromSeconds(30), expecting);
        await server.SendAsync($"publish /bench/js {count} {id} {perSecond}");
        return await client.WaitForAsync("result", wait, results);
    }
}

static double Ms(DateTimeOffset at) => (at - DateTimeOffset.UnixEpoch).TotalMilliseconds;

static int Problems(IEnumerable<int> seqs) => seqs.Select((seq, i) => seq == i + 1 ? 0 : 1).Sum();

static double Median(IEnumerable<double> values) => Percentile([.. values], 50);

static double Percentile(double[] values, double percent)
{
    var sorted = values.Order().ToArray();
    var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
    return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
}

static void Row(string name, double eventsPerSecond, double[] latencies, int problems) =>
    Console.WriteLine($"{name,-34}{eventsPerSecond,20:0}{Percentile(latencies, 50),20:0.00}{Percentile(latencies, 99),18:0.00}{latencies.Max(),16:0.00}{problems,16}");

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Conformance.sln not found above " + AppContext.BaseDirectory);
}
