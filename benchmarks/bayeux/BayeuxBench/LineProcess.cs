using System.Diagnostics;
using System.Text.Json.Nodes;

namespace BayeuxBench;

/// <summary>A child process (a Node script, a server, a load generator) spoken to through JSON lines; killed by its pid on dispose.
/// Every wait has a deadline. Shared by benchmarks/bayeux and benchmarks/mock (linked into both projects).</summary>
internal sealed class LineProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly object _gate = new();
    private readonly List<JsonObject> _lines = [];
    private readonly List<string> _text = [];
    private readonly List<string> _errors = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LineProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The operating system's id of the process (for /proc/&lt;pid&gt;/stat).</summary>
    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Standard error so far, for a failure's cause.</summary>
    public string Errors
    {
        get
        {
            lock (_gate)
            {
                return string.Join(" | ", _errors.TakeLast(20));
            }
        }
    }

    public static LineProcess Start(string root, string script, params string[] arguments) =>
        StartExecutable(root, "node", Path.GetFileName(script), [script, .. arguments]);

    public static LineProcess StartExecutable(string root, string executable, string name, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException(executable + " did not start");
        var peer = new LineProcess(process, name);
        process.OutputDataReceived += (_, e) => peer.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (peer._gate)
                {
                    peer._errors.Add(e.Data);
                }
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => peer.Wake();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    public async Task SendAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
    }

    public int Count(string eventName)
    {
        lock (_gate)
        {
            return _lines.Count(l => Event(l) == eventName);
        }
    }

    /// <summary>The first line of standard output containing <paramref name="fragment"/>.</summary>
    public async Task<string> WaitForTextAsync(string fragment, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var found = _text.FirstOrDefault(l => l.Contains(fragment, StringComparison.Ordinal));
                if (found is not null)
                {
                    return found;
                }
                signal = _arrived.Task;
            }
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero || _process.HasExited)
            {
                throw new TimeoutException($"Expected a line with '{fragment}' from {Name} within {timeout}{(_process.HasExited ? " (it exited)" : "")}; output: {string.Join(" | ", _text.TakeLast(10))}; stderr: {Errors}");
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

    /// <summary>The (skip+1)-th line whose "event" is <paramref name="eventName"/>.</summary>
    public async Task<JsonObject> WaitForAsync(string eventName, TimeSpan timeout, int skip = 0)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var found = _lines.Where(l => Event(l) == eventName).Skip(skip).FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
                signal = _arrived.Task;
            }
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero || _process.HasExited)
            {
                throw new TimeoutException($"Expected '{eventName}' from {Name} within {timeout}{(_process.HasExited ? " (it exited)" : "")}; stderr: {Errors}");
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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (OperationCanceledException)
        {
            // The script's own lifetime ends it.
        }
        _process.Dispose();
    }

    private static string? Event(JsonObject line) => line["event"]?.GetValue<string>();

    private void OnLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        if (!line.StartsWith('{'))
        {
            lock (_gate)
            {
                _text.Add(line);
            }
            Wake();
            return;
        }
        if (JsonNode.Parse(line) is JsonObject parsed)
        {
            lock (_gate)
            {
                _lines.Add(parsed);
            }
            Wake();
        }
    }

    private void Wake()
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            signal = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }
}
