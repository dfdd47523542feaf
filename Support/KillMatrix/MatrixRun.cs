using System.Diagnostics;
using Conformance.MockServer.Hosting;

namespace Conformance.KillMatrix;

/// <summary>
/// Runs the control run, then every selected deviation with at most <see cref="KillMatrixOptions.Jobs"/>
/// suites at once, printing a line per finished run so a long matrix shows progress.
/// </summary>
internal sealed class MatrixRun(KillMatrixOptions options, TextWriter console)
{
    public async Task<MatrixResult> RunAsync(CancellationToken cancel)
    {
        var entries = options.Sample ? SampleOfEachClass() : Select(options.Only);
        var runs = Path.Combine(options.Root, options.ReportsDirectory, "kill-matrix");
        if (Directory.Exists(runs))
        {
            Directory.Delete(runs, recursive: true);
        }

        var runner = new SuiteRunner(options);
        var clock = Stopwatch.StartNew();
        console.WriteLine($"kill-matrix: control run (no deviation), then {entries.Count} deviations, {options.Jobs} at a time");
        var control = await runner.RunAsync(null, [], Path.Combine(runs, "control"), cancel);
        console.WriteLine($"  control: {(control.Report is { } r ? $"{r.Scenarios} scenarios, {r.Failed.Count} failed" : control.Problem)} ({control.Duration.TotalSeconds:0} s)");

        // A rule that exists only with CSRF protection on is judged against a control run with it on, over the same
        // scope: a deviation is not "killed" by a scenario that fails with CSRF on whatever the mock does.
        var csrfEntries = entries.Where(e => e.NeedsCsrf).ToList();
        var csrfControl = csrfEntries.Count == 0 ? null
            : await runner.RunAsync(null, [.. csrfEntries.SelectMany(e => e.Scope).Distinct()], Path.Combine(runs, "control-csrf"), cancel, csrf: true);
        if (csrfControl is not null)
        {
            console.WriteLine($"  control with CSRF on: {(csrfControl.Report is { } c ? $"{c.Scenarios} scenarios, {c.Failed.Count} failed" : csrfControl.Problem)} ({csrfControl.Duration.TotalSeconds:0} s)");
        }

        using var slots = new SemaphoreSlim(options.Jobs);
        var console_ = TextWriter.Synchronized(console);
        var rows = await Task.WhenAll(entries.Select(async entry =>
        {
            await slots.WaitAsync(cancel);
            try
            {
                var run = await runner.RunAsync(entry.Name, entry.Scope, Path.Combine(runs, entry.Name), cancel, entry.NeedsCsrf);
                var row = entry.NeedsCsrf && !MatrixResult.ScopedRunPassed(csrfControl)
                    ? new MatrixRow(entry, Verdict.Error, [], run with { Problem = "the control run with CSRF on did not pass, so this run proves nothing" })
                    : MatrixRow.Judge(entry, run);
                console_.WriteLine($"  {MatrixText.VerdictWord(row.Verdict),-8} {entry.Name} ({row.CaughtBy.Count} scenarios caught it; {run.Duration.TotalSeconds:0} s){(row.Verdict == Verdict.Killed ? "" : ": " + row.Explanation)}");
                return row;
            }
            finally
            {
                slots.Release();
            }
        }));
        return new MatrixResult(control, rows, clock.Elapsed, options.Jobs, DeviationCatalog.All.Count, csrfControl);
    }

    /// <summary>The first deviation of each class, in catalogue order: every kind of rule is proven on each run.</summary>
    internal static IReadOnlyList<DeviationEntry> SampleOfEachClass() =>
        [.. DeviationCatalog.All.GroupBy(e => e.Class).Select(g => g.First())];

    /// <summary>The catalogue, or the named part of it; an unknown name is an error, not an empty matrix.</summary>
    internal static IReadOnlyList<DeviationEntry> Select(IReadOnlyList<string> only)
    {
        if (only.Count == 0)
        {
            return DeviationCatalog.All;
        }

        var unknown = only.Where(n => DeviationCatalog.All.All(e => e.Name != n)).ToList();
        return unknown.Count == 0
            ? [.. DeviationCatalog.All.Where(e => only.Contains(e.Name))]
            : throw new ArgumentException($"--only names unknown deviations: {string.Join(", ", unknown)}; the catalogue has {string.Join(", ", DeviationCatalog.All.Select(e => e.Name))}");
    }
}
