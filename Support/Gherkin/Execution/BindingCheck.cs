using System.Reflection;
using Conformance.Gherkin.Discovery;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Infrastructure;

namespace Conformance.Gherkin.Execution;

/// <summary>
/// Checks, without running a step, that every step in the features matches exactly one binding,
/// with Reqnroll's own binding registry and matcher; binding errors (a bad expression, an unknown
/// parameter type) are listed too. One line per problem, each distinct step reported once.
/// </summary>
internal static class BindingCheck
{
    public static IReadOnlyList<string> Run(Assembly testAssembly, FeatureCatalog catalog)
    {
        var runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly);
        try
        {
            var container = runner.TestThreadContext.TestThreadContainer;
            var registry = container.Resolve<IBindingRegistry>();
            var matcher = container.Resolve<IStepDefinitionMatchService>();
            var problems = registry.GetErrorMessages().Select(e => "binding error: " + e.Message).ToList();
            var seen = new HashSet<(StepDefinitionType, string)>();
            foreach (var feature in catalog.Features.Where(f => f.Problem is null))
            {
                foreach (var scenario in feature.Scenarios)
                {
                    var context = new StepContext(feature.Info, scenario.ToScenarioInfo());
                    var type = StepDefinitionType.Given;
                    foreach (var step in scenario.Steps)
                    {
                        type = step.Call switch
                        {
                            StepCall.Given => StepDefinitionType.Given,
                            StepCall.When => StepDefinitionType.When,
                            StepCall.Then => StepDefinitionType.Then,
                            _ => type,
                        };
                        if (!seen.Add((type, step.Text)))
                        {
                            continue;
                        }

                        var instance = new StepInstance(type, StepDefinitionKeyword.Given, step.Keyword, step.Text, step.DocString, step.Table, context);
                        var match = matcher.GetBestMatch(instance, feature.Info.Language, out var reason, out var candidates);
                        if (!match.Success)
                        {
                            problems.Add($"{feature.RelativePath}:{step.Line}: {Describe(type, step, reason, candidates)}");
                        }
                    }
                }
            }

            return problems;
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
    }

    private static string Describe(StepDefinitionType type, ScenarioStep step, StepDefinitionAmbiguityReason reason, List<BindingMatch> candidates)
    {
        var methods = string.Join(", ", candidates.Select(c => $"{c.StepBinding.Method.Type.Name}.{c.StepBinding.Method.Name}"));
        return reason switch
        {
            StepDefinitionAmbiguityReason.AmbiguousSteps => $"{type} \"{step.Text}\" matches more than one binding: {methods}",
            StepDefinitionAmbiguityReason.ParameterErrors => $"{type} \"{step.Text}\" matches bindings whose parameters do not fit: {methods}",
            StepDefinitionAmbiguityReason.AmbiguousScopes => $"{type} \"{step.Text}\" matches only bindings scoped elsewhere: {methods}",
            _ when candidates.Count == 1 => $"{type} \"{step.Text}\" matches {methods}, but its parameters do not fit",
            _ => $"{type} \"{step.Text}\" matches no binding",
        };
    }
}
