using Gherkin;
using Gherkin.Ast;

namespace Conformance.Reporting.Expectations;

/// <summary>
/// The expectation keys of every scenario in the feature files, read with the Gherkin parser, so
/// an expectations entry can be checked before any scenario runs and independently of a test
/// filter (issue #6: "an entry that matches no scenario is an error").
/// </summary>
public static class SuiteCatalog
{
    /// <summary>The keys found under <paramref name="featuresRoot"/>, plus the files that failed to parse.</summary>
    public static (IReadOnlySet<string> Keys, IReadOnlyList<string> Unreadable) Read(string? featuresRoot)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        if (string.IsNullOrWhiteSpace(featuresRoot) || !Directory.Exists(featuresRoot))
        {
            return (keys, unreadable);
        }

        foreach (var file in Directory.EnumerateFiles(featuresRoot, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                using var reader = new StreamReader(file);
                var feature = new Parser().Parse(reader).Feature;
                if (feature is null)
                {
                    continue;
                }

                foreach (var child in feature.Children)
                {
                    if (child is Scenario or ScenarioOutline)
                    {
                        keys.Add(ExpectationKey.Of(feature.Name, child.Name));
                    }
                }
            }
            catch (CompositeParserException e)
            {
                unreadable.Add($"{file}: {e.Message}");
            }
        }

        return (keys, unreadable);
    }
}
