using System.Diagnostics;

namespace Conformance.KillMatrix;

/// <summary>
/// Runs the built suite (<c>dotnet test</c> on its assembly) against the in-process mock with one deviation
/// switched on, its reports in a folder of its own, and stops it (with every child process) at the deadline.
/// </summary>
internal sealed class SuiteRunner(KillMatrixOptions options)
{
    /// <summary>The suite's own checks do not look at the target; they run once, in the control run.</summary>
    private const string NotSelfChecks = "Category!=self-check";

    /// <summary>One run of the suite; <paramref name="csrf"/> runs it with the target's CSRF protection on (profile parameter Csrf).</summary>
    public async Task<SuiteRun> RunAsync(string? deviation, IReadOnlyList<string> scope, string runDirectory, CancellationToken cancel, bool csrf = false)
    {
        Directory.CreateDirectory(runDirectory);
        var log = Path.Combine(runDirectory, "dotnet-test.log");
        var filter = FilterFor(scope, deviation is null);
        var arguments = new List<string>
        {
            "test", Path.Combine(options.Root, options.SuiteAssembly),
            "--settings", Path.Combine(options.Root, options.RunSettings),
            "--nologo",
        };
        if (filter is not null)
        {
            arguments.AddRange(["--filter", filter]);
        }

        arguments.Add("--");
        arguments.Add($"TestRunParameters.Parameter(name=\"ReportsDirectory\", value=\"{runDirectory}\")");
        arguments.Add($"TestRunParameters.Parameter(name=\"NotificationTimeoutSeconds\", value=\"{options.NotificationTimeoutSeconds}\")");
        if (csrf)
        {
            arguments.Add("TestRunParameters.Parameter(name=\"Csrf\", value=\"on\")");
        }
        if (deviation is not null)
        {
            arguments.Add($"TestRunParameters.Parameter(name=\"MockDeviations\", value=\"{deviation}\")");
            arguments.Add($"TestRunParameters.Parameter(name=\"StopAfterFailures\", value=\"{options.StopAfterFailures}\")");
        }

        var start = Stopwatch.StartNew();
        var (exitCode, timedOut) = await RunProcessAsync(arguments, log, cancel);
        var reportFile = Path.Combine(runDirectory, "conformance.json");
        SuiteReport? report = null;
        string? problem = null;
        if (timedOut)
        {
            problem = $"the run passed its deadline of {options.RunDeadline.TotalSeconds:0} s and was stopped; last output: {Tail(log)}";
        }
        else if (!File.Exists(reportFile))
        {
            problem = $"dotnet test exited {exitCode} without writing {reportFile}; last output: {Tail(log)}";
        }
        else
        {
            try
            {
                report = SuiteReport.Parse(await File.ReadAllTextAsync(reportFile, cancel));
            }
            catch (FormatException e)
            {
                problem = $"{reportFile}: {e.Message}";
            }
        }

        return new SuiteRun(deviation, filter, exitCode, timedOut, start.Elapsed, log, report, problem);
    }

    /// <summary>The NUnit filter for a deviation's scope: any of its categories, never the self-checks.</summary>
    internal static string? FilterFor(IReadOnlyList<string> scope, bool control)
    {
        if (scope.Count == 0)
        {
            return control ? null : NotSelfChecks;
        }

        var any = string.Join('|', scope.Select(s => $"Category={s}"));
        return $"({any})&{NotSelfChecks}";
    }

    private async Task<(int ExitCode, bool TimedOut)> RunProcessAsync(IReadOnlyList<string> arguments, string log, CancellationToken cancel)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Reqnroll's formatters would write every run's Cucumber report over Reports/cucumber.html: each
        // run keeps its own beside its conformance.json.
        var runDirectory = Path.GetDirectoryName(log)!;
        info.Environment["REQNROLL_FORMATTERS_HTML"] = $"outputFilePath={Path.Combine(runDirectory, "cucumber.html")}";
        info.Environment["REQNROLL_FORMATTERS_MESSAGE"] = $"outputFilePath={Path.Combine(runDirectory, "cucumber.ndjson")}";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
        await using var writer = new StreamWriter(log);
        var gate = new SemaphoreSlim(1, 1);
        async Task Pump(StreamReader reader)
        {
            while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
            {
                await gate.WaitAsync(CancellationToken.None);
                try
                {
                    await writer.WriteLineAsync(line);
                }
                finally
                {
                    gate.Release();
                }
            }
        }

        var pumps = Task.WhenAll(Pump(process.StandardOutput), Pump(process.StandardError));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(options.RunDeadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            await pumps;
            return (process.ExitCode, false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            await pumps;
            cancel.ThrowIfCancellationRequested();
            return (-1, true);
        }
    }

    private static string Tail(string log)
    {
        var lines = File.Exists(log) ? File.ReadAllLines(log) : [];
        return lines.Length == 0 ? "(nothing)" : string.Join(" | ", lines.TakeLast(5).Select(l => l.Trim()));
    }
}
