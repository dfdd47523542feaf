using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Conformance.Harness.Targets;

/// <summary>
/// The mock GWS server as a separate process (Target=mock-process): started with
/// <c>dotnet Conformance.MockServer.dll --urls http://127.0.0.1:0</c>, reached by the URL it prints,
/// killed (with its children) when the run ends, also after a failure.
/// </summary>
public sealed partial class MockProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private MockProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<MockProcess> StartAsync(string assembly, string directoryFile, bool csrf, IEnumerable<string> deviations, TimeSpan timeout)
    {
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"The mock server assembly {assembly} does not exist; build Support/MockServer or set MockServerAssembly", assembly);
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        IEnumerable<string> arguments = [assembly, "--urls", "http://127.0.0.1:0", "--directory", directoryFile,
            .. csrf ? ["--csrf"] : Array.Empty<string>(), .. deviations.SelectMany(d => new[] { "--deviation", d })];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(timeout));
        if (first != listening.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            string said;
            lock (lines)
            {
                said = string.Join("\n", lines);
            }

            process.Dispose();
            throw new InvalidOperationException($"Expected the mock server process to print its address within {timeout.TotalSeconds:0} s; it {(first == exited ? "exited" : "did not")}. Output:\n{said}");
        }

        var mock = new MockProcess(process, await listening.Task);
        lock (lines)
        {
            mock._output.AddRange(lines);
        }

        return mock;
    }

    /// <summary>The mock's own assembly next to the suite's, where the project reference copies it.</summary>
    public static string DefaultAssembly => Path.Combine(AppContext.BaseDirectory, "Conformance.MockServer.dll");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await _process.WaitForExitAsync(deadline.Token);
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (?<url>http://[^\s,]+)")]
    private static partial Regex ListeningLine();
}
