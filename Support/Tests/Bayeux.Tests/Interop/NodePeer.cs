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

    private readonly Process _process;
    private readonly object _gate = new();
    private readonly List<JsonObject> _lines = [];
    private readonly List<string> _stderr = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodePeer(Process process)
    {
        _process = process;
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
                lock (peer._gate)
                {
                    peer._stderr.Add(e.Data);
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
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
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
        lock (_gate)
        {
            return _lines.Count(predicate);
        }
    }

    /// <summary>Waits for an output line matching <paramref name="predicate"/> (ignoring the first <paramref name="skip"/> matches).</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, string description, TimeSpan timeout, int skip = 0)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var found = _lines.Where(predicate).Skip(skip).FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
                signal = _arrived.Task;
            }
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected '{description}' from {Name} within {timeout}; Actual output: {Output()}");
            }
            if (_process.HasExited)
            {
                _process.WaitForExit(); // drains the redirected output
                lock (_gate)
                {
                    if (_lines.Where(predicate).Skip(skip).Any())
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
        lock (_gate)
        {
            var exited = _process.HasExited ? $" (exited {_process.ExitCode})" : string.Empty;
            return string.Join(" | ", _lines.Select(l => l.ToJsonString())) + exited + (_stderr.Count > 0 ? " stderr: " + string.Join(" | ", _stderr) : string.Empty);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or Win32Exception)
        {
            // Already gone, or stuck: nothing more a test can do; the script's own lifetime ends it.
        }
        _process.Dispose();
    }

    private void OnLine(string? line, bool exited = false)
    {
        if (exited)
        {
            TaskCompletionSource wake;
            lock (_gate)
            {
                wake = _arrived;
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
        lock (_gate)
        {
            _lines.Add(parsed);
            signal = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }
}
