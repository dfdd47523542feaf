using System.Collections.Concurrent;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Injection;
using Conformance.Gherkin.Loading;
using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>One feature within a run: its hooks, its scope and the results of its scenarios.</summary>
internal sealed class FeatureRun(TestRun run, LoadedFeature feature)
{
    private readonly ConcurrentQueue<ScenarioResult> results = new();
    private ObjectScope? scope;
    private DateTimeOffset start;

    public LoadedFeature Feature { get; } = feature;

    /// <summary>Set when the run or a [BeforeFeature] hook failed: the feature's scenarios are Broken with it.</summary>
    public Failure? SetupFailure { get; private set; }

    /// <summary>Never throws (see <see cref="TestRun.StartAsync"/>).</summary>
    public async Task StartAsync()
    {
        start = DateTimeOffset.UtcNow;
        run.Listeners.Publish(nameof(IRunListener.FeatureStarted), l => l.FeatureStarted(Feature.Info));
        SetupFailure = run.StartFailure;
        if (SetupFailure is null)
        {
            scope = run.Scope.CreateChild("feature");
            scope.Add(typeof(FeatureContext), new FeatureContext(Feature.Info), owned: false);
            SetupFailure = await run.RunHooksAsync(HookKind.BeforeFeature, scope, Feature.Info.Tags);
        }
    }

    public Task<ScenarioOutcome> RunScenarioAsync(LoadedScenario scenario) =>
        new ScenarioRunner(run, this, scenario).RunAsync();

    public void Record(ScenarioResult result) => results.Enqueue(result);

    public async Task FinishAsync()
    {
        var errors = new List<string>();
        if (scope is not null)
        {
            var failure = await run.RunHooksAsync(HookKind.AfterFeature, scope, Feature.Info.Tags, stopAtFirst: false);
            if (failure is not null)
            {
                errors.Add(failure.Error.Message);
            }
        }

        var result = new FeatureResult(Feature.Info, start, DateTimeOffset.UtcNow, results.OrderBy(r => r.Scenario.Line).ToList());
        run.Record(result);
        run.Listeners.Publish(nameof(IRunListener.FeatureFinished), l => l.FeatureFinished(result));
        if (scope is not null)
        {
            try
            {
                await scope.DisposeAsync();
            }
            catch (AggregateException e)
            {
                errors.AddRange(e.InnerExceptions.Select(x => $"disposing a feature-scoped object: {x.GetType().Name}: {x.Message}"));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{Feature.Info.RelativePath} did not end cleanly:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
    }
}
