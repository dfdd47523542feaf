using System.Collections.Concurrent;
using Conformance.Gherkin.Execution;
using Conformance.Reporting.Model;
using NUnit.Framework;
using Reqnroll;
using Reqnroll.Events;
using Model = Conformance.Reporting.Model;

namespace Conformance.Harness.Reports;

/// <summary>
/// Turns Reqnroll's execution events into the result model the reports are built from (Allure,
/// JUnit, the graded conformance report): one <see cref="ScenarioResult"/> per scenario with its
/// steps, outcome, error and attachments. One instance per run, registered by
/// <see cref="ConformancePlugin"/> with every test thread; thread-safe, as scenarios run in parallel.
/// </summary>
public sealed class ReportFeed : IAsyncExecutionEventListener
{
    private readonly ConcurrentDictionary<IScenarioContext, RunningScenario> _running = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private IRunListener? _listener;

    /// <summary>Problems the feed met (a listener that threw); the run hooks fail the run with them.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public RunInfo? Run { get; private set; }

    /// <summary>Called once, from [BeforeTestRun], before any scenario starts.</summary>
    public void Start(IRunListener runListener, RunInfo run)
    {
        _listener = runListener;
        Run = run;
        Raise("RunStarted", l => l.RunStarted(run));
    }

    /// <summary>Called once, from [AfterTestRun]: every scenario has finished.</summary>
    public void Finish(DateTimeOffset stop)
    {
        if (Run is { } run)
        {
            Raise("RunFinished", l => l.RunFinished(new RunResult(run, stop, [])));
        }
    }

    public Task OnEventAsync(IExecutionEvent executionEvent)
    {
        switch (executionEvent)
        {
            case ScenarioStartedEvent started:
                var (scenario, stepLines) = Describe(started.FeatureContext, started.ScenarioContext);
                _running[started.ScenarioContext] = new RunningScenario(scenario, Now()) { StepLines = stepLines };
                Raise("ScenarioStarted", l => l.ScenarioStarted(scenario));
                break;
            case StepStartedEvent step when _running.TryGetValue(step.ScenarioContext, out var current):
                current.StepStart = Now();
                break;
            case StepFinishedEvent step when _running.TryGetValue(step.ScenarioContext, out var current):
                current.Steps.Add(StepResultOf(current, step));
                break;
            case ScenarioFinishedEvent finished when _running.TryRemove(finished.ScenarioContext, out var current):
                var result = ScenarioResultOf(current, finished.ScenarioContext);
                Raise("ScenarioFinished", l => l.ScenarioFinished(result));
                break;
        }

        return Task.CompletedTask;
    }

    private static DateTimeOffset Now() => DateTimeOffset.UtcNow;

    private static (Model.ScenarioInfo Scenario, IReadOnlyList<int> StepLines) Describe(IFeatureContext featureContext, IScenarioContext scenarioContext)
    {
        var feature = featureContext.FeatureInfo;
        var info = scenarioContext.ScenarioInfo;
        var container = scenarioContext.ScenarioContainer;
        var location = container.IsRegistered<ScenarioLocation>()
            ? container.Resolve<ScenarioLocation>()
            : new ScenarioLocation($"{feature.FolderPath}/{feature.Title}.feature", 0, TestContext.CurrentContext.Test.Name, []);
        var featureModel = new Model.FeatureInfo(feature.Title, feature.Description ?? string.Empty, location.RelativePath, [.. feature.Tags.Select(Tagged)]);
        var values = info.Arguments.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => info.Arguments[k]?.ToString() ?? string.Empty, StringComparer.Ordinal);
        // Inherited (feature, rule) tags first, then the scenario's own, as they read top to bottom.
        var tags = info.CombinedTags.Except(info.Tags).Concat(info.Tags).Select(Tagged).Distinct(StringComparer.Ordinal).ToList();
        return (new Model.ScenarioInfo(featureModel, info.Title, location.TestName, location.Line, tags, values), location.StepLines);
    }

    private static string Tagged(string tag) => tag.StartsWith('@') ? tag : "@" + tag;

    private static StepResult StepResultOf(RunningScenario current, StepFinishedEvent finished)
    {
        var step = finished.StepContext.StepInfo;
        var index = current.Steps.Count;
        var lines = current.StepLines;
        var info = new Model.StepInfo(
            current.Scenario,
            KeywordOf(step),
            step.Text,
            index < lines.Count ? lines[index] : 0,
            index,
            step.Table is null ? null : [[.. step.Table.Header], .. step.Table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Values])],
            step.MultilineText);
        var context = (ScenarioStepContext)finished.StepContext;
        var attachments = Output(finished.ScenarioContext).Drain();
        var (outcome, error) = context.Status switch
        {
            ScenarioExecutionStatus.OK => (Outcome.Passed, (ErrorInfo?)null),
            ScenarioExecutionStatus.Skipped when context.StepError is null => (Outcome.Skipped, null),
            _ when context.StepError is { } e => (OutcomeClassifier.Classify(e), OutcomeClassifier.ToError(e)),
            ScenarioExecutionStatus.UndefinedStep => (Outcome.Broken, new ErrorInfo($"No binding matches \"{step.Text}\" (see the binding check).", null, "UndefinedStep")),
            var other => (Outcome.Broken, new ErrorInfo($"The step ended {other}.", null, other.ToString())),
        };
        return new StepResult(info, outcome, current.StepStart ?? Now(), Now(), error, attachments);
    }

    private static string KeywordOf(Reqnroll.StepInfo step) => step.StepInstance?.Keyword?.Trim() ?? step.StepDefinitionType.ToString();

    private static ScenarioResult ScenarioResultOf(RunningScenario current, IScenarioContext context)
    {
        var attachments = Output(context).Drain();
        var scenarioContext = (ScenarioContext)context;
        var status = scenarioContext.ScenarioExecutionStatus;
        var error = context.TestError;
        Outcome outcome;
        ErrorInfo? errorInfo = null;
        string? reason = null;
        if (error is not null)
        {
            outcome = OutcomeClassifier.Classify(error);
            errorInfo = outcome is Outcome.NotApplicable ? null : OutcomeClassifier.ToError(error);
            reason = outcome is Outcome.NotApplicable ? OutcomeClassifier.Unwrap(error).Message : null;
        }
        else
        {
            (outcome, reason, errorInfo) = status switch
            {
                ScenarioExecutionStatus.OK => (Outcome.Passed, (string?)null, (ErrorInfo?)null),
                ScenarioExecutionStatus.Skipped => (Outcome.Skipped, SkipReason(current.Scenario), null),
                ScenarioExecutionStatus.UndefinedStep => (Outcome.Broken, null, new ErrorInfo(
                    "Undefined step(s): " + string.Join("; ", current.Steps.Where(s => s.Error?.ExceptionType == "UndefinedStep").Select(s => s.Step.Text)), null, "UndefinedStep")),
                var other => (Outcome.Broken, null, new ErrorInfo($"The scenario ended {other}.", null, other.ToString())),
            };
        }

        return new ScenarioResult(current.Scenario, outcome, current.Start, Now(), [.. current.Steps], errorInfo, reason, attachments);
    }

    private static string SkipReason(Model.ScenarioInfo scenario) =>
        scenario.Tags.FirstOrDefault(t => t is "@ignore" or "@wip") is { } tag ? $"tagged {tag}" : "skipped";

    private static ScenarioOutput Output(IScenarioContext context) => context.ScenarioContainer.Resolve<ScenarioOutput>();

    private void Raise(string name, Action<IRunListener> raise)
    {
        if (_listener is null)
        {
            return;
        }

        try
        {
            raise(_listener);
        }
        catch (Exception e)
        {
            _errors.Enqueue($"{_listener.GetType().FullName}.{name} threw {e.GetType().Name}: {e.Message}");
        }
    }

    private sealed class RunningScenario(Model.ScenarioInfo scenario, DateTimeOffset start)
    {
        public Model.ScenarioInfo Scenario { get; } = scenario;

        public DateTimeOffset Start { get; } = start;

        public DateTimeOffset? StepStart { get; set; }

        public List<StepResult> Steps { get; } = [];

        public IReadOnlyList<int> StepLines { get; init; } = [];
    }
}
