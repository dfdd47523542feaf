using System.Globalization;
using System.Text.Json.Nodes;
using MockBench;

// benchmarks/mock/run: open-loop load on the mock GWS server and on cometd-nodejs-server, in the same run.
// "worker ..." is one generator process (started by the coordinator); anything else is the coordinator.

if (args.Length > 0 && args[0] == "worker")
{
    return await RunWorkerAsync(Options.Parse(args[1..]));
}
var options = Options.Parse(args);
try
{
    return await new Coordinator(options).RunAsync();
}
catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception
    or ArgumentException or FormatException)
{
    Console.Error.WriteLine($"FAILED: {e.Message}");
    return 1;
}

static async Task<int> RunWorkerAsync(Options o)
{
    var target = new Target(o.Get("target", "mock"), new Uri(o.Get("url", "") + "/"));
    var first = o.Int("first", 1);
    var count = o.Int("count", 100);
    await using var worker = new Worker(target, first, count, o.Int("messages", 3), TimeSpan.FromSeconds(o.Int("deadline", 10)));
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    using (var setup = new CancellationTokenSource(TimeSpan.FromSeconds(o.Int("setup-timeout", 300))))
    {
        try
        {
            await worker.StartAsync(setup.Token);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or OperationCanceledException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync($"setup of agents {first}..{first + count - 1} failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
    Say(new JsonObject { ["event"] = "ready", ["agents"] = count, ["setupSeconds"] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds });
    while (await Console.In.ReadLineAsync() is { } line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && parts[0] == "row")
        {
            Say(await worker.RunRowAsync(double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture)));
        }
        else if (parts is ["exit"])
        {
            break;
        }
    }
    return 0;
}

static void Say(JsonObject line)
{
    Console.Out.WriteLine(line.ToJsonString());
    Console.Out.Flush();
}

/// <summary>--name value pairs; comma lists.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}' (see benchmarks/README.md)");
            }
            values[args[i][2..]] = args[++i];
        }
        return new Options(values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;

    public int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public double Double(string name, double fallback) => double.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public int[] Ints(string name, string fallback) => [.. Get(name, fallback).Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    public string[] List(string name, string fallback) => Get(name, fallback).Split(',');
}
