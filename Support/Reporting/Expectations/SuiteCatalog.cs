using Conformance.Reporting.Model;
using Conformance.Reporting.Tags;
using Gherkin;
using Gherkin.Ast;

namespace Conformance.Reporting.Expectations;

/// <summary>
/// The scenarios in the feature files, read with the Gherkin parser, so an expectations entry can
/// be checked before any scenario runs and independently of a test filter (an entry that
/// matches no scenario is an error). It also maps each scenario and example row back to the name
/// as written: the runner names an outline's rows with their values filled in ("Inviting agent3"),
/// while an expectations entry names the outline ("Inviting &lt;agent&gt;").
/// </summary>
public sealed class SuiteCatalog
{
    private readonly Dictionary<string, string> _keyByLocation;

    private SuiteCatalog(IReadOnlySet<string> keys, Dictionary<string, string> keyByLocation, IReadOnlyList<string> unreadable)
    {
        Keys = keys;
        _keyByLocation = keyByLocation;
        Unreadable = unreadable;
    }

    public static SuiteCatalog Empty { get; } = new(new HashSet<string>(), [], []);

    /// <summary>The expectation key of every scenario and outline in the files.</summary>
    public IReadOnlySet<string> Keys { get; }

    /// <summary>Feature files that did not parse, with the parser's message.</summary>
    public IReadOnlyList<string> Unreadable { get; }

    public static SuiteCatalog Read(string? featuresRoot)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var byLocation = new Dictionary<string, string>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        if (string.IsNullOrWhiteSpace(featuresRoot) || !Directory.Exists(featuresRoot))
        {
            return new SuiteCatalog(keys, byLocation, unreadable);
        }

        foreach (var file in Directory.EnumerateFiles(featuresRoot, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(featuresRoot, file).Replace('\\', '/');
            try
            {
                using var reader = new StreamReader(file);
                var feature = new Parser().Parse(reader).Feature;
                if (feature is null)
                {
                    continue;
                }

                // Scenarios and outlines, at the top or inside a Rule:.
                var scenarios = feature.Children.OfType<Scenario>()
                    .Concat(feature.Children.OfType<Rule>().SelectMany(r => r.Children.OfType<Scenario>()));
                foreach (var scenario in scenarios)
                {
                    var key = ExpectationKey.Of(feature.Name, scenario.Name);
                    keys.Add(key);
                    keys.UnionWith(scenario.Tags.Select(t => t.Name.TrimStart('@')).Where(t => t.StartsWith(SuiteTags.CaseIdPrefix, StringComparison.Ordinal))
                        .Select(t => t[SuiteTags.CaseIdPrefix.Length..]));
                    byLocation[Location(relative, scenario.Location.Line)] = key;
                    foreach (var examples in scenario.Examples.Where(e => e.TableHeader is not null))
                    {
                        var header = examples.TableHeader.Cells.Select(c => c.Value).ToList();
                        foreach (var row in examples.TableBody ?? [])
                        {
                            byLocation[Location(relative, row.Location.Line)] = key;
                            keys.Add(ExpectationKey.Of(feature.Name, RowName(scenario.Name, header, row)));
                        }
                    }
                }
            }
            catch (CompositeParserException e)
            {
                unreadable.Add($"{relative}: {e.Message}");
            }
        }

        return new SuiteCatalog(keys, byLocation, unreadable);
    }

    /// <summary>
    /// The key of a scenario as written in its feature file, found by file and line; null when the
    /// catalog does not know it. The runner's relative path may start higher up ("Features/Chat/…"),
    /// so the catalog's path only has to be a suffix of it.
    /// </summary>
    public string? KeyOf(ScenarioInfo scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var path = scenario.Feature.RelativePath.Replace('\\', '/');
        for (var suffix = path; ; suffix = suffix[(suffix.IndexOf('/', StringComparison.Ordinal) + 1)..])
        {
            if (_keyByLocation.TryGetValue(Location(suffix, scenario.Line), out var key))
            {
                return key;
            }

            if (!suffix.Contains('/', StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    private static string Location(string relativePath, int line) => $"{relativePath}:{line}";

    // The row's name as the Gherkin pickle compiler gives it: each <header> replaced by the row's value.
    private static string RowName(string outlineName, List<string> header, TableRow row)
    {
        var name = outlineName;
        var cells = row.Cells.Select(c => c.Value).ToList();
        for (var i = 0; i < Math.Min(header.Count, cells.Count); i++)
        {
            name = name.Replace($"<{header[i]}>", cells[i], StringComparison.Ordinal);
        }

        return name;
    }
}
