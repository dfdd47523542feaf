using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Bayeux.Tests.Interop;

/// <summary>
/// One Node peer process (a server script of this folder) on 127.0.0.1: started by the test, spoken to through
/// JSON lines on stdin/stdout, and killed (with its process tree) on dispose, also when the test failed. The
/// script itself exits after its --lifetime.
/// </summary>
public sealed class NodePeer : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly Process process;
    private readonly object gate = new();
    private readonly List<JsonObject> lines = [];
    private readonly List<string> stderr = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodePeer(Process process)
    {
        this.process = process;
    }

    public int Port { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Starts <paramref name="script"/> and waits for its "listening" line.</summary>
    public static async Task<NodePeer> StartAsync(string script, params string[] arguments)
    {
        RepoRoot.RequireNodeModules("cometd-nodejs-server", "faye", "cometd", "cometd-nodejs-client");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoRoot.Script(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception ex)
        {
            Assert.Fail("Cannot start 'node' (Node.js 20 is needed for the interop peers): " + ex.Message);
            throw;
        }
        var peer = new NodePeer(process) { Name = script };
        process.OutputDataReceived += (_, e) => peer.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (peer.gate)
                {
                    peer.stderr.Add(e.Data);
                }
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => peer.OnLine(null, exited: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var listening = await peer.WaitForAsync(l => l["event"]?.GetValue<string>() == "listening", "listening", StartTimeout);
            peer.Port = listening["port"]!.GetValue<int>();
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
        return peer;
    }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/cometd");

    public async Task SendAsync(string command)
    {
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Publishes count numbered events {seq, run, ts} and waits until the peer has published them all.</summary>
    public async Task PublishAsync(string channel, int count, int run, TimeSpan timeout)
    {
        var before = Count(l => l["event"]?.GetValue<string>() == "published");
        await SendAsync($"publish {channel} {count} {run}");
        await WaitForAsync(l => l["event"]?.GetValue<string>() == "published" && l["run"]?.GetValue<int>() == run, $"published run {run}", timeout, skip: before);
    }

    public int Count(Func<JsonObject, bool> predicate)
    {
        lock (gate)
        {
            return lines.Count(predicate);
        }
    }

    /// <summary>Waits for an output line matching <paramref name="predicate"/> (ignoring the first <paramref name="skip"/> matches).</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, string description, TimeSpan timeout, int skip = 0)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var found = lines.Where(predicate).Skip(skip).FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
                signal = arrived.Task;
            }
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected '{description}' from {Name} within {timeout}; Actual output: {Output()}");
            }
            if (process.HasExited)
            {
                process.WaitForExit(); // drains the redirected output
                lock (gate)
                {
                    if (lines.Where(predicate).Skip(skip).Any())
                    {
                        continue;
                    }
                }
                throw new InvalidOperationException($"{Name} exited before '{description}'; Actual output: {Output()}");
            }
            try
            {
                await signal.WaitAsync(left);
            }
            catch (TimeoutException)
            {
                // reported at the top
            }
        }
    }

    public string Output()
    {
        lock (gate)
        {
            var exited = process.HasExited ? $" (exited {process.ExitCode})" : string.Empty;
            return string.Join(" | ", lines.Select(l => l.ToJsonString())) + exited + (stderr.Count > 0 ? " stderr: " + string.Join(" | ", stderr) : string.Empty);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(exit.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or Win32Exception)
        {
            // Already gone, or stuck: nothing more a test can do; the script's own lifetime ends it.
        }
        process.Dispose();
    }

    private void OnLine(string? line, bool exited = false)
    {
        if (exited)
        {
            TaskCompletionSource wake;
            lock (gate)
            {
                wake = arrived;
            }
            wake.TrySetResult();
            return;
        }
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        JsonObject parsed;
        try
        {
            parsed = JsonNode.Parse(line) as JsonObject ?? new JsonObject { ["event"] = "text", ["text"] = line };
        }
        catch (System.Text.Json.JsonException)
        {
            parsed = new JsonObject { ["event"] = "text", ["text"] = line };
        }
        TaskCompletionSource signal;
        lock (gate)
        {
            lines.Add(parsed);
            signal = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }
}
