using System.Reflection;
using System.Runtime.ExceptionServices;
using Conformance.Gherkin.Discovery;
using NUnit.Framework;
using Reqnroll;

namespace Conformance.Gherkin.Execution;

/// <summary>
/// Runs one pickle with the calls Reqnroll's generated NUnit code-behind makes, in the same order:
/// a test runner per test (never per fixture: NUnit shares one fixture instance between parallel
/// tests), feature start on that runner, scenario initialize/start, the steps in pickle order
/// (Background first), collecting the errors, scenario end, releasing the runner.
/// </summary>
internal static class ScenarioExecution
{
    /// <summary>The tags that make Reqnroll skip a scenario; the test shows as Ignored with this reason.</summary>
    private static readonly string[] SkipTags = ["ignore", "wip"];

    public static async Task RunAsync(Assembly testAssembly, FeatureFile file, PickleScenario scenario)
    {
        var feature = file.Info;
        var runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly, featureHint: feature);
        ExceptionDispatchInfo? failure = null;
        try
        {
            if (runner.FeatureContext is not null && !ReferenceEquals(runner.FeatureContext.FeatureInfo, feature))
            {
                await runner.OnFeatureEndAsync();
            }

            if (runner.FeatureContext is null)
            {
                await runner.OnFeatureStartAsync(feature);
            }

            runner.OnScenarioInitialize(scenario.ToScenarioInfo(), scenario.Rule);
            runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(TestContext.CurrentContext);
            runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(new ScenarioLocation(file.RelativePath, scenario.Line, scenario.TestName, [.. scenario.Steps.Select(s => s.Line)]));
            var skipTag = scenario.AllTags.FirstOrDefault(t => SkipTags.Contains(t, StringComparer.OrdinalIgnoreCase));
            if (skipTag is not null)
            {
                await runner.SkipScenarioAsync();
            }
            else
            {
                await runner.OnScenarioStartAsync();
                foreach (var step in scenario.Steps)
                {
                    await StepAsync(runner, step);
                }

                await runner.CollectScenarioErrorsAsync();
            }
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        try
        {
            // The generated code does this in [TearDown]; an [AfterScenario] hook that throws fails the test.
            await runner.OnScenarioEndAsync();
        }
        catch (Exception e) when (failure is null)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }

        failure?.Throw();
        if (scenario.AllTags.FirstOrDefault(t => SkipTags.Contains(t, StringComparer.OrdinalIgnoreCase)) is { } tag)
        {
            Assert.Ignore($"tagged @{tag}");
        }
    }

    private static Task StepAsync(ITestRunner runner, ScenarioStep step) => step.Call switch
    {
        StepCall.Given => runner.GivenAsync(step.Text, step.DocString, step.Table, step.Keyword),
        StepCall.When => runner.WhenAsync(step.Text, step.DocString, step.Table, step.Keyword),
        StepCall.Then => runner.ThenAsync(step.Text, step.DocString, step.Table, step.Keyword),
        StepCall.But => runner.ButAsync(step.Text, step.DocString, step.Table, step.Keyword),
        _ => runner.AndAsync(step.Text, step.DocString, step.Table, step.Keyword),
    };
}
