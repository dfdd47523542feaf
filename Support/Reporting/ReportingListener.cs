using System.Collections.Concurrent;
using Conformance.Reporting.Allure;
using Conformance.Reporting.ConformanceReport;
using Conformance.Reporting.Console;
using Conformance.Reporting.Expectations;
using Conformance.Reporting.Gate;
using Conformance.Reporting.Grading;
using Conformance.Reporting.JUnit;
using Conformance.Reporting.Model;
using Conformance.Reporting.Output;

namespace Conformance.Reporting;

/// <summary>
/// The run listener that produces every report: Allure results, junit.xml,
/// conformance.json/.md/.html, summary.txt plus the console summary, and gate.json. It only
/// collects while scenarios run (thread-safe; scenarios finish concurrently) and writes everything
/// once, at RunFinished.
/// <para>
/// Nothing is lost: the scenarios are the union of those in the RunResult and those seen in
/// ScenarioFinished, and a scenario that started but never finished is reported as a Harness error.
/// The expectations file is read and checked against the feature files at RunStarted, where its
/// problems are printed at once; they are reported again at the end of the run (every report, the
/// console summary and the gate, which fails). An entry naming a scenario that exists in the files
/// but did not run (a filtered run) is not a problem.
/// </para>
/// </summary>
public sealed class ReportingListener : IRunListener
{
    private readonly ReportOptions _options;
    private readonly IReadOnlyList<IReportWriter> _writers;
    private readonly ConcurrentQueue<ScenarioResult> _finished = new();
    private readonly ConcurrentDictionary<string, ScenarioInfo> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private ExpectationsFile? _expectations;
    private SuiteCatalog _catalog = SuiteCatalog.Empty;
    private List<string> _preRunProblems = [];
    private ConformanceRun? _report;

    public ReportingListener(ReportOptions options, IEnumerable<IReportWriter>? writers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _writers = writers?.ToList() ?? DefaultWriters;
    }

    /// <summary>Allure, JUnit and the three conformance reports; gate.json and the summary are always written.</summary>
    public static IReadOnlyList<IReportWriter> DefaultWriters { get; } =
    [
        new AllureWriter(), new JUnitWriter(), new ConformanceJsonWriter(), new ConformanceMarkdownWriter(), new ConformanceHtmlWriter(),
    ];

    /// <summary>The graded run, once RunFinished has written the reports.</summary>
    public ConformanceRun? Report
    {
        get
        {
            lock (_gate)
            {
                return _report;
            }
        }
    }

    /// <summary>The gate's verdict, once RunFinished has run; what a wrapper turns into the exit code.</summary>
    public GateVerdict? Verdict => Report?.Verdict;

    public void RunStarted(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (_gate)
        {
            PrepareExpectations(_options.FeaturesRoot ?? run.FeaturesRoot);

            // Said now, so a long run against a real target does not hide a typo until the end;
            // the same problems are in every report and fail the gate when the run finishes.
            // Without feature files to check against, only the file's own problems are known yet.
            var problems = _preRunProblems
                .Concat(_catalog.Keys.Count == 0 ? _expectations!.Problems : _expectations!.Validate(_catalog.Keys))
                .ToList();
            if (problems.Count > 0 && _options.Console is { } console)
            {
                console.WriteLine($"Reporting: {problems.Count} problem(s) with the expectations check; the gate will fail at the end of the run:");
                foreach (var problem in problems)
                {
                    console.WriteLine($"  ! {problem}");
                }

                console.Flush();
            }
        }
    }

    public void ScenarioStarted(ScenarioInfo scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _running[Identity(scenario)] = scenario;
    }

    public void ScenarioFinished(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _finished.Enqueue(result);
        _running.TryRemove(Identity(result.Scenario), out _);
    }

    public void RunFinished(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            if (_report is not null)
            {
                return;
            }

            if (_expectations is null)
            {
                PrepareExpectations(_options.FeaturesRoot ?? result.Run.FeaturesRoot);
            }

            var problems = new List<string>(_preRunProblems);
            var scenarios = Collect(result);
            var run = ConformanceRunBuilder.Build(_options, result.Run.Start, result.Stop, scenarios, _expectations!, _catalog, problems);

            var writeFailures = new List<string>();
            foreach (var writer in _writers)
            {
                try
                {
                    writer.Write(run, _options);
                }
                catch (Exception e)
                {
                    writeFailures.Add($"Could not write {writer.Name}: {e.GetType().Name}: {e.Message}");
                }
            }

            if (writeFailures.Count > 0)
            {
                // A report that could not be written makes the run untrustworthy; say so in the gate.
                var allProblems = run.HarnessProblems.Concat(writeFailures).ToList();
                run = run with { HarnessProblems = allProblems, Verdict = GateEvaluator.Evaluate(run.Policy, run.Scenarios, allProblems) };
            }

            var summary = ConsoleSummary.Render(run, _options.OutputDirectory);
            ReportFiles.WriteText(_options.OutputDirectory, ReportFiles.Summary, summary);
            GateJsonWriter.Write(_options.OutputDirectory, run.Policy, run.Verdict);
            _options.Console?.Write(summary);
            _options.Console?.Flush();
            _report = run;
        }
    }

    private void PrepareExpectations(string? featuresRoot)
    {
        _expectations = ExpectationsFile.Load(_options.ExpectationsFile);
        _catalog = SuiteCatalog.Read(featuresRoot);
        _preRunProblems = _catalog.Unreadable.Select(u => $"Feature file could not be read for the expectations check: {u}").ToList();
    }

    // The RunResult is authoritative; ScenarioFinished events fill any gap, and scenarios that
    // started but never finished become harness errors instead of vanishing.
    private List<ScenarioResult> Collect(RunResult result)
    {
        var byIdentity = new Dictionary<string, ScenarioResult>(StringComparer.Ordinal);
        foreach (var scenario in result.Features.SelectMany(f => f.Scenarios).Concat(_finished))
        {
            byIdentity.TryAdd(Identity(scenario.Scenario), scenario);
        }

        foreach (var (identity, scenario) in _running.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (byIdentity.ContainsKey(identity))
            {
                continue;
            }

            const string message = "The runner started this scenario but never reported its end (the run was cut short or a listener failed).";
            byIdentity[identity] = new ScenarioResult(
                scenario, Outcome.Broken, result.Stop, result.Stop, [], new ErrorInfo(message, null, "UnfinishedScenario"), null, []);
        }

        return [.. byIdentity.Values];
    }

    private static string Identity(ScenarioInfo scenario) =>
        string.Join(
            '\u001f',
            scenario.Feature.RelativePath,
            scenario.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
            scenario.TestName,
            string.Join('\u001e', scenario.ExampleValues.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
}
