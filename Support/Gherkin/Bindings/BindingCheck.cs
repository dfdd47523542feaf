using Conformance.Gherkin.Loading;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Checks, without running anything, that every step in a catalog matches exactly one binding
/// whose parameters accept it (issue #2: "A binding check ... runs as a test").
/// </summary>
public static class BindingCheck
{
    /// <summary>One line per problem, "file:line: message", each distinct step text reported once.</summary>
    public static IReadOnlyList<string> Run(FeatureCatalog catalog, BindingRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(registry);
        var problems = registry.Errors.Select(e => "binding error: " + e).ToList();
        var seen = new HashSet<(StepKind, string)>();
        foreach (var step in catalog.Scenarios.Where(s => s.Problem is null).SelectMany(s => s.Steps))
        {
            if (!seen.Add((step.Kind, step.Text)))
            {
                continue;
            }

            var location = $"{step.Info.Scenario.Feature.RelativePath}:{step.Info.Line}";
            var match = registry.Match(step);
            if (match.Status != StepMatchStatus.Matched)
            {
                problems.Add(match.Message!);
                continue;
            }

            try
            {
                match.Definition!.BuildArguments([.. match.Captures], step, registry.CustomParameterTypesByValueType);
            }
            catch (Exception e) when (e is BindingException or FormatException or InvalidOperationException or ArgumentException)
            {
                problems.Add($"{location}: {e.Message}");
            }
        }

        return problems;
    }
}
