using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Injection;
using Conformance.Gherkin.Loading;
using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>
/// Runs one scenario (issue #2, "Failures"): Before hooks, each step between Before/AfterStep hooks,
/// the rest Skipped after the first failure, After hooks always, then the scope is disposed.
/// </summary>
internal sealed class ScenarioRunner(TestRun run, FeatureRun feature, LoadedScenario scenario)
{
    /// <summary>Tags that make a scenario Skipped (NUnit Ignored) with the tag as the reason.</summary>
    public static readonly IReadOnlyList<string> SkipTags = ["@ignore", "@wip"];

    private readonly List<StepResult> stepResults = [];
    private readonly ScenarioContext context = new(scenario.Info);
    private Failure? failure;

    public async Task<ScenarioOutcome> RunAsync()
    {
        var start = DateTimeOffset.UtcNow;
        run.Listeners.Publish(nameof(IRunListener.ScenarioStarted), l => l.ScenarioStarted(scenario.Info));

        var skipTag = scenario.Info.Tags.FirstOrDefault(t => SkipTags.Contains(t, StringComparer.OrdinalIgnoreCase));
        if (skipTag is not null)
        {
            SkipRemainingSteps(0);
            return Finish(start, Outcome.Skipped, $"tagged {skipTag}");
        }

        failure = scenario.Problem is { } problem
            ? Failure.Broken(problem.ToString(), "Conformance.Gherkin.LoadProblem")
            : feature.SetupFailure;
        if (failure is null)
        {
            await RunWithScopeAsync();
        }
        else
        {
            SkipRemainingSteps(0);
        }

        return failure is null
            ? Finish(start, Outcome.Passed, null)
            : Finish(start, failure.Outcome, failure.Outcome == Outcome.NotApplicable ? failure.Error.Message : null);
    }

    private async Task RunWithScopeAsync()
    {
        var scope = run.Scope.CreateChild("scenario");
        scope.Add(typeof(ScenarioContext), context, owned: false);
        scope.Add(typeof(IScenarioOutput), context, owned: false);
        scope.Add(typeof(FeatureContext), new FeatureContext(scenario.Info.Feature), owned: false);
        try
        {
            Fail(await run.RunHooksAsync(HookKind.BeforeScenario, scope, scenario.Info.Tags));
            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                if (failure is not null)
                {
                    SkipRemainingSteps(i);
                    break;
                }

                await RunStepAsync(scenario.Steps[i], scope);
            }

            // After hooks run whatever happened before (issue #2); all of them, even when one fails.
            Fail(await run.RunHooksAsync(HookKind.AfterScenario, scope, scenario.Info.Tags, stopAtFirst: false));
        }
        finally
        {
            try
            {
                await scope.DisposeAsync();
            }
            catch (AggregateException e)
            {
                Fail(Failure.From(e.InnerExceptions.Count == 1 ? e.InnerExceptions[0] : e));
            }
        }
    }

    private async Task RunStepAsync(ScenarioStep step, ObjectScope scope)
    {
        var start = DateTimeOffset.UtcNow;
        run.Listeners.Publish(nameof(IRunListener.StepStarted), l => l.StepStarted(step.Info));
        context.BeginStep(step.Info);

        var stepFailure = await run.RunHooksAsync(HookKind.BeforeStep, scope, scenario.Info.Tags);
        if (stepFailure is null)
        {
            stepFailure = await InvokeStepAsync(step, scope);
        }

        var afterStep = await run.RunHooksAsync(HookKind.AfterStep, scope, scenario.Info.Tags, stopAtFirst: false);
        stepFailure ??= afterStep;

        var attachments = context.EndStep();
        var result = new StepResult(step.Info, stepFailure?.Outcome ?? Outcome.Passed, start, DateTimeOffset.UtcNow, stepFailure?.Error, attachments);
        stepResults.Add(result);
        run.Listeners.Publish(nameof(IRunListener.StepFinished), l => l.StepFinished(result));
        Fail(stepFailure);
    }

    private async Task<Failure?> InvokeStepAsync(ScenarioStep step, ObjectScope scope)
    {
        var match = run.Registry.Match(step);
        switch (match.Status)
        {
            case StepMatchStatus.Undefined:
                return Failure.Broken(match.Message!, "Conformance.Gherkin.UndefinedStep");
            case StepMatchStatus.Ambiguous:
                return Failure.Broken(match.Message!, "Conformance.Gherkin.AmbiguousStep");
        }

        try
        {
            var definition = match.Definition!;
            var arguments = definition.BuildArguments([.. match.Captures], step, run.Registry.CustomParameterTypesByValueType);
            await MethodInvoker.InvokeAsync(definition.Method, scope, arguments);
            return null;
        }
        catch (Exception e)
        {
            var stepFailure = Failure.From(e);
            return stepFailure.Outcome == Outcome.Passed ? null : stepFailure;
        }
    }

    private void SkipRemainingSteps(int from)
    {
        for (var i = from; i < scenario.Steps.Count; i++)
        {
            var step = scenario.Steps[i];
            var now = DateTimeOffset.UtcNow;
            var result = new StepResult(step.Info, Outcome.Skipped, now, now, null, []);
            stepResults.Add(result);
            run.Listeners.Publish(nameof(IRunListener.StepStarted), l => l.StepStarted(step.Info));
            run.Listeners.Publish(nameof(IRunListener.StepFinished), l => l.StepFinished(result));
        }
    }

    private void Fail(Failure? candidate)
    {
        if (candidate is not null && failure is null)
        {
            failure = candidate;
            context.RecordFailure(candidate.Outcome, candidate.Error);
        }
    }

    private ScenarioOutcome Finish(DateTimeOffset start, Outcome outcome, string? reason)
    {
        var result = new ScenarioResult(scenario.Info, outcome, start, DateTimeOffset.UtcNow, stepResults, failure?.Error, reason, context.ScenarioAttachments());
        feature.Record(result);
        run.Listeners.Publish(nameof(IRunListener.ScenarioFinished), l => l.ScenarioFinished(result));
        return new ScenarioOutcome(result, failure);
    }
}
