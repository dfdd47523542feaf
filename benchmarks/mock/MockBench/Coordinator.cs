using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using BayeuxBench;

namespace MockBench;

/// <summary>
/// Starts each server (the mock as a separate process; cometd-nodejs-server via benchmarks/mock/peer-server.js), its
/// generator processes, runs the rows, reads the server's CPU and memory from /proc, prints the table and the mock/peer ratios.
/// </summary>
internal sealed class Coordinator(Options options)
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;
    private readonly int[] _sizes = options.Ints("agents", "100,1000,10000");
    private readonly int[] _rates = options.Ints("rates", "50,200,1000");
    private readonly double _seconds = options.Double("seconds", 20);
    private readonly double _warmup = options.Double("warmup", 5);
    private readonly int _generators = options.Int("generators", 2);
    private readonly int _messages = options.Int("messages", 3);
    private readonly int _deadline = options.Int("deadline", 10);
    private readonly int _setupTimeout = options.Int("setup-timeout", 300);
    private readonly string[] _targets = options.List("targets", "mock,peer");
    private readonly string _root = options.Get("root", ".");
    private readonly string _mockDll = options.Get("mock-dll", "");
    private readonly List<Row> _results = [];

    public async Task<int> RunAsync()
    {
        if (_messages < 1)
        {
            throw new InvalidOperationException("--messages must be at least 1");
        }
        var work = Directory.CreateTempSubdirectory("mockbench-");
        try
        {
            Console.WriteLine($"Open-loop benchmark of the mock GWS server vs cometd-nodejs-server: agents {string.Join(", ", _sizes)}; rates {string.Join(", ", _rates)} ops/s; "
                + $"{_seconds:0.#} s per row after a {_warmup:0.#} s warm-up; {_generators} generator processes; chat = offer, Accept, {_messages} x SendMessage, Complete; "
                + $"deadline {_deadline} s per operation; load average at start {ProcStat.LoadAverage()}");
            Console.WriteLine();
            Console.WriteLine($"{"agents",6} {"target",-6} {"rate",5} {"achieved",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"cpu ms/op",9} {"RSS MB",7} {"KB/agent",8} {"errors",6} {"lost",5} {"gen cpu%",8} {"lag99 ms",8} {"no idle",7} {"load",5}");
            foreach (var n in _sizes)
            {
                var directory = Path.Combine(work.FullName, $"directory-{n}.json");
                await WriteDirectoryAsync(n, directory);
                foreach (var target in _targets)
                {
                    await RunTargetAsync(target, n, directory);
                }
            }
            PrintRatios();
            var errors = _results.Sum(r => r.Errors + r.Lost);
            Console.WriteLine();
            Console.WriteLine(errors == 0 ? "No errors, no lost sessions." : $"FAILED: {errors} errors and lost sessions (the first cause of each row is printed under it).");
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task RunTargetAsync(string target, int n, string directory)
    {
        await using var server = target switch
        {
            "mock" => LineProcess.StartExecutable(_root, "dotnet", "mock", MockArguments(n, directory)),
            "peer" => LineProcess.Start(_root, Path.Combine(_root, "benchmarks", "mock", "peer-server.js")),
            _ => throw new InvalidOperationException($"--targets: unknown target {target} (mock, peer)"),
        };
        string url;
        if (target == "mock")
        {
            var line = await server.WaitForTextAsync("listening on", TimeSpan.FromSeconds(120));
            url = line[(line.IndexOf("http://", StringComparison.Ordinal))..].Split([',', ' '])[0].TrimEnd('/');
        }
        else
        {
            var listening = await server.WaitForAsync("listening", TimeSpan.FromSeconds(60));
            url = $"http://127.0.0.1:{listening["port"]!.GetValue<int>()}";
        }
        var pid = server.Id.ToString(Culture);
        var idleRss = ProcStat.MemoryMb(pid);
        var workers = new List<LineProcess>();
        try
        {
            var share = (n + _generators - 1) / _generators;
            for (var first = 1; first <= n; first += share)
            {
                var count = Math.Min(share, n - first + 1);
                workers.Add(LineProcess.StartExecutable(_root, "dotnet", $"generator {first}..{first + count - 1}",
                [
                    typeof(Coordinator).Assembly.Location, "worker", "--target", target, "--url", url, "--first", first.ToString(Culture),
                    "--count", count.ToString(Culture), "--messages", _messages.ToString(Culture), "--deadline", _deadline.ToString(Culture),
                    "--setup-timeout", _setupTimeout.ToString(Culture),
                ]));
            }
            var setup = Stopwatch.StartNew();
            foreach (var worker in workers)
            {
                await worker.WaitForAsync("ready", TimeSpan.FromSeconds(_setupTimeout + 30));
            }
            var heldRss = ProcStat.MemoryMb(pid);
            Console.WriteLine($"{n,6} {target,-6} {n} agents holding long polls after {setup.Elapsed.TotalSeconds:0.0} s; server RSS idle {idleRss:0} MB, with the polls {heldRss:0} MB = {(heldRss - idleRss) * 1024 / n:0.0} KB per held agent");
            var index = 0;
            var warm = await RunRowAsync(workers, server, pid, _rates.Min(), _warmup, index++);
            if (warm.Errors + warm.Lost > 0)
            {
                Print(target, n, 0, warm, idleRss, "warm-up ");
                _results.Add(warm);
            }
            foreach (var rate in _rates)
            {
                var row = await RunRowAsync(workers, server, pid, rate, _seconds, index++);
                Print(target, n, rate, row, idleRss, "");
                _results.Add(row with { Target = target, Agents = n, Rate = rate });
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                if (!worker.HasExited)
                {
                    await worker.SendAsync("exit");
                }
            }
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
        if (server.HasExited)
        {
            throw new InvalidOperationException($"{target} exited during the run: {server.Errors}");
        }
    }

    private async Task<Row> RunRowAsync(List<LineProcess> workers, LineProcess server, string pid, int rate, double rowSeconds, int index)
    {
        var cpuBefore = ProcStat.CpuMs(pid);
        var perWorker = (double)rate / workers.Count;
        foreach (var worker in workers)
        {
            await worker.SendAsync(string.Create(Culture, $"row {perWorker} {rowSeconds}"));
        }
        var answers = new List<JsonObject>();
        foreach (var worker in workers)
        {
            answers.Add(await worker.WaitForAsync("row", TimeSpan.FromSeconds(rowSeconds + _deadline + 60), index));
        }
        var cpuMs = ProcStat.CpuMs(pid) - cpuBefore;
        if (server.HasExited)
        {
            throw new InvalidOperationException($"the server exited during the row: {server.Errors}");
        }
        var latencies = answers.SelectMany(a => a["latencies"]!.AsArray().Select(l => l!.GetValue<double>())).Order().ToArray();
        var lags = answers.SelectMany(a => a["lagMs"]!.AsArray().Select(l => l!.GetValue<double>())).Order().ToArray();
        string? firstError = answers.Select(a => a["firstError"]?.GetValue<string>()).FirstOrDefault(e => e is not null)
            ?? answers.Select(a => a["firstLost"]?.GetValue<string>()).FirstOrDefault(e => e is not null);
        return new Row(
            "", 0, rate,
            Achieved: answers.Sum(a => a["achieved"]!.GetValue<double>()),
            P50: Percentile(latencies, 50), P99: Percentile(latencies, 99), Max: latencies.Length == 0 ? double.NaN : latencies[^1],
            CpuMsPerOp: latencies.Length == 0 ? double.NaN : cpuMs / latencies.Length,
            RssMb: ProcStat.MemoryMb(pid),
            Errors: answers.Sum(a => a["errors"]!.GetValue<int>()),
            Lost: answers.Sum(a => a["lostSessions"]!.GetValue<int>()),
            FirstError: firstError,
            GeneratorCpuPercent: answers.Max(a => a["cpuMs"]!.GetValue<double>() * 100 / a["wallMs"]!.GetValue<double>()),
            LagP99: Percentile(lags, 99),
            NoIdle: answers.Sum(a => a["noIdleAgent"]!.GetValue<long>()),
            Load: ProcStat.LoadAverage());
    }

    private static void Print(string target, int n, int rate, Row r, double idleRss, string label)
    {
        Console.WriteLine(string.Create(Culture,
            $"{n,6} {target,-6} {(label.Length > 0 ? "warm" : rate.ToString(Culture)),5} {r.Achieved,8:0.0} {r.P50,8:0.00} {r.P99,8:0.00} {r.Max,8:0.00} {r.CpuMsPerOp,9:0.000} {r.RssMb,7:0} {(r.RssMb - idleRss) * 1024 / n,8:0.0} {r.Errors,6} {r.Lost,5} {r.GeneratorCpuPercent,8:0.0} {r.LagP99,8:0.00} {r.NoIdle,7} {r.Load,5}"));
        if (r.FirstError is not null)
        {
            Console.WriteLine($"         {label}first error: {r.FirstError}");
        }
    }

    private void PrintRatios()
    {
        Console.WriteLine();
        Console.WriteLine($"Ratios mock/peer (same agents, same rate): {"agents",6} {"rate",5} {"p50",6} {"p99",6} {"max",6} {"cpu/op",6} {"RSS",6}");
        foreach (var mock in _results.Where(r => r.Target == "mock"))
        {
            var peer = _results.FirstOrDefault(r => r.Target == "peer" && r.Agents == mock.Agents && r.Rate == mock.Rate);
            if (peer is null)
            {
                continue;
            }
            Console.WriteLine(string.Create(Culture,
                $"{"",42} {mock.Agents,6} {mock.Rate,5} {mock.P50 / peer.P50,6:0.00} {mock.P99 / peer.P99,6:0.00} {mock.Max / peer.Max,6:0.00} {mock.CpuMsPerOp / peer.CpuMsPerOp,6:0.00} {mock.RssMb / peer.RssMb,6:0.00}"));
        }
    }

    private string[] MockArguments(int n, string directory) =>
        // Bounds of the mock sized for n agents: each holds one HTTP session (JSESSIONID) and one Bayeux session;
        // sessions expire after 60 s without a connect, so a loaded machine measures latency, not expiry.
        [_mockDll, "--urls", "http://127.0.0.1:0", "--directory", directory, "--bayeux-max-interval", "60000",
            "--max-http-sessions", (2 * n + 1000).ToString(Culture), "--max-bayeux-sessions", (2 * n + 1000).ToString(Culture)];

    private async Task WriteDirectoryAsync(int n, string file)
    {
        using var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(_root, "benchmarks", "mock", "make-directory.js"), n.ToString(Culture)])
        { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("node did not start");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-directory.js {n} failed: {await process.StandardError.ReadToEndAsync(cancel.Token)}");
        }
        await File.WriteAllTextAsync(file, await output, cancel.Token);
    }

    private static double Percentile(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private sealed record Row(string Target, int Agents, int Rate, double Achieved, double P50, double P99, double Max, double CpuMsPerOp, double RssMb,
        int Errors, int Lost, string? FirstError, double GeneratorCpuPercent, double LagP99, long NoIdle, string Load);
}
