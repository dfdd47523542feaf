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
