using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MockServer.Tests.Bayeux.Support;

/// <summary>
/// A Node interop peer (Interop/bayeux-peer.mjs) as a child process: its JSON stdout lines are
/// collected, every wait has a deadline, and the process tree is killed on dispose (RULES).
/// </summary>
internal sealed class NodePeer : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<JsonObject> _lines = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private NodePeer(Process process)
    {
        _process = process;
    }

    public IReadOnlyList<JsonObject> Lines => [.. _lines];

    public static NodePeer Start(params string[] arguments)
    {
        var root = RepositoryRoot();
        var script = Path.Combine(root, "Support", "Tests", "MockServer.Tests", "Bayeux", "Interop", "bayeux-peer.mjs");
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var peer = new NodePeer(process);
        process.OutputDataReceived += (_, e) => peer.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                peer._stderr.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>Waits for a line whose event is <paramref name="name"/>; fails with everything seen so far.</summary>
    public async Task<JsonObject> WaitForEventAsync(string name, TimeSpan? within = null)
    {
        JsonObject? found = null;
        await Waiting.UntilAsync(
            () => (found = _lines.FirstOrDefault(l => l["event"]?.GetValue<string>() == name)) is not null
                || _lines.Any(l => l["event"]?.GetValue<string>() is "error" or "timeout"),
            () => $"no '{name}' from the node peer; {Describe()}",
            within);
        return found ?? throw new AssertionException($"node peer failed before '{name}'; {Describe()}");
    }

    /// <summary>Waits until <paramref name="count"/> lines with event <paramref name="name"/> arrived.</summary>
    public Task WaitForCountAsync(string name, int count, TimeSpan within) =>
        Waiting.UntilAsync(
            () => _lines.Count(l => l["event"]?.GetValue<string>() == name) >= count,
            () => $"wanted {count} '{name}' lines from the node peer; {Describe()}",
            within);

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var limit = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new AssertionException($"node peer still running after {within.TotalSeconds} s; {Describe()}");
        }
        return _process.ExitCode;
    }

    public string Describe() =>
        $"stdout: [{string.Join(", ", _lines.Select(l => l.ToJsonString()))}] stderr: [{string.Join(" | ", _stderr)}]";

    /// <summary>The repository root (the folder holding Conformance.sln); fails clearly when node_modules is missing.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                if (!Directory.Exists(Path.Combine(dir.FullName, "node_modules", "cometd")))
                {
                    Assert.Fail($"node_modules is missing in {dir.FullName}: run scripts/ensure-node-deps first");
                }
                return dir.FullName;
            }
        }
        Assert.Fail($"no Conformance.sln above {AppContext.BaseDirectory}");
        return "";
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        try
        {
            if (JsonNode.Parse(line) is JsonObject json)
            {
                _lines.Enqueue(json);
                return;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Library chatter on stdout: kept as text.
        }
        _lines.Enqueue(new JsonObject { ["event"] = "text", ["text"] = line });
    }
}
