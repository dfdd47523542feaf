using System.Buffers;
using System.Text;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace Conformance.Gherkin.Discovery;

/// <summary>
/// Parses a feature file with the Gherkin parser Reqnroll is built on, compiles its pickles (one per
/// scenario and per example row; Rule:, Example: and Rule-level Backgrounds included) and turns each
/// into what the generated code-behind would pass to Reqnroll. One id generator serves a whole
/// discovery, so pickle and AST ids are unique across features, as the formatters require.
/// </summary>
internal sealed class FeatureParser
{
    /// <summary>Characters that break a VSTest <c>--filter Category=...</c> expression.</summary>
    private static readonly SearchValues<char> UnfilterableTagCharacters = SearchValues.Create("=!~&|(),\\");

    private readonly IIdGenerator _ids = new IncrementingIdGenerator();

    public FeatureFile Parse(string relativePath, byte[] bytes)
    {
        var text = Decode(bytes);
        global::Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            var first = e.Errors.FirstOrDefault()?.Location?.Line ?? 0;
            return FeatureFile.Broken(relativePath, first, "does not parse:" + string.Concat(e.Errors.Select(x => $"{Environment.NewLine}{relativePath}:{x.Location?.Line ?? 0}: {x.Message}")));
        }
        catch (ParserException e)
        {
            return FeatureFile.Broken(relativePath, e.Location?.Line ?? 0, $"does not parse:{Environment.NewLine}{relativePath}:{e.Location?.Line ?? 0}: {e.Message}");
        }

        if (ast.Feature is null)
        {
            return FeatureFile.Broken(relativePath, 1, $"{relativePath}:1: contains no Feature: line, so it has no scenarios");
        }

        var document = new AstMessagesConverter(_ids).ConvertGherkinDocumentToEventArgs(ast, relativePath);
        var pickles = new PickleCompiler(_ids).Compile(document);
        var feature = document.Feature;
        var messages = new FeatureMessages(new Source(relativePath, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN), document, pickles);
        var name = string.IsNullOrWhiteSpace(feature.Name) ? relativePath : feature.Name.Trim();
        var featureTags = feature.Tags.Select(t => Bare(t.Name)).ToList();

        var problems = Problems(relativePath, feature).ToList();
        if (pickles.Count == 0 && problems.Count == 0)
        {
            problems.Add((Line(feature.Location), $"{relativePath}:{Line(feature.Location)}: has a Feature: but no Scenario, so nothing would run"));
        }

        if (problems.Count > 0)
        {
            return new FeatureFile(relativePath, name, feature.Description?.Trim() ?? string.Empty, featureTags, feature.Language, messages, [], string.Join(Environment.NewLine, problems.Select(p => p.Message)), problems[0].Line);
        }

        var index = new AstIndex(feature);
        var scenarios = pickles.Select((pickle, i) => index.Scenario(i, name, pickle, featureTags)).ToList();
        var repeated = scenarios.GroupBy(s => s.TestName, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        scenarios = [.. scenarios.Select(s => repeated.Contains(s.TestName) ? s with { TestName = $"{s.TestName} [line {s.Line}]" } : s)];
        return new FeatureFile(relativePath, name, feature.Description?.Trim() ?? string.Empty, featureTags, feature.Language, messages, scenarios, null, 0);
    }

    /// <summary>What would run wrongly or not at all: outlines without example rows, tags a filter cannot name.</summary>
    private static IEnumerable<(int Line, string Message)> Problems(string relativePath, Feature feature)
    {
        var scenarios = feature.Children.Select(c => c.Scenario)
            .Concat(feature.Children.Where(c => c.Rule is not null).SelectMany(c => c.Rule.Children).Select(c => c.Scenario))
            .OfType<Scenario>();
        foreach (var outline in scenarios.Where(s => s.Examples.Count > 0 && s.Examples.All(e => e.TableBody.Count == 0)))
        {
            yield return (Line(outline.Location), $"{relativePath}:{Line(outline.Location)}: Scenario Outline \"{outline.Name}\" has no example rows, so it would never run");
        }

        foreach (var tag in AllTags(feature).Where(t => t.Name.AsSpan().IndexOfAny(UnfilterableTagCharacters) >= 0))
        {
            yield return (Line(tag.Location), $"{relativePath}:{Line(tag.Location)}: tag {tag.Name} holds one of = ! ~ & | ( ) , \\ and could not be selected with --filter Category=...");
        }
    }

    private static IEnumerable<Tag> AllTags(Feature feature)
    {
        IEnumerable<Tag> Of(Scenario? s) => s is null ? [] : s.Tags.Concat(s.Examples.SelectMany(e => e.Tags));
        return feature.Tags
            .Concat(feature.Children.SelectMany(c => Of(c.Scenario)))
            .Concat(feature.Children.Where(c => c.Rule is not null).SelectMany(c => c.Rule.Tags.Concat(c.Rule.Children.SelectMany(rc => Of(rc.Scenario)))));
    }

    internal static int Line(Location? location) => location is null ? 0 : (int)location.Line;

    internal static string Bare(string tag) => tag.StartsWith('@') ? tag[1..] : tag;

    private static string Decode(byte[] bytes)
    {
        // StreamReader semantics: a UTF-8 BOM is dropped.
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The AST nodes a pickle points at, by id: scenarios (with their rule), example rows, steps, tags.</summary>
    private sealed class AstIndex
    {
        private readonly Dictionary<string, (Scenario Scenario, Rule? Rule)> _scenarios = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (TableRow Header, TableRow Row)> _rows = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Step> _steps = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inheritedTagIds = new(StringComparer.Ordinal);

        public AstIndex(Feature feature)
        {
            _inheritedTagIds.UnionWith(feature.Tags.Select(t => t.Id));
            foreach (var child in feature.Children)
            {
                Add(child.Background?.Steps);
                AddScenario(child.Scenario, null);
                if (child.Rule is { } rule)
                {
                    _inheritedTagIds.UnionWith(rule.Tags.Select(t => t.Id));
                    foreach (var ruleChild in rule.Children)
                    {
                        Add(ruleChild.Background?.Steps);
                        AddScenario(ruleChild.Scenario, rule);
                    }
                }
            }
        }

        public PickleScenario Scenario(int index, string featureName, Pickle pickle, IReadOnlyList<string> featureTags)
        {
            var (scenario, rule) = _scenarios[pickle.AstNodeIds[0]];
            var values = new List<KeyValuePair<string, string>>();
            var line = Line(scenario.Location);
            if (pickle.AstNodeIds.Count > 1 && _rows.TryGetValue(pickle.AstNodeIds[1], out var example))
            {
                line = Line(example.Row.Location);
                values.AddRange(example.Header.Cells.Zip(example.Row.Cells, (h, c) => new KeyValuePair<string, string>(h.Value, c.Value)));
            }

            var testName = $"{featureName}: {pickle.Name}";
            if (values.Count > 0)
            {
                testName += " [" + string.Join(", ", values.Select(v => $"{v.Key}={v.Value}")) + "]";
            }

            var own = pickle.Tags.Where(t => !_inheritedTagIds.Contains(t.AstNodeId)).Select(t => Bare(t.Name)).Distinct(StringComparer.Ordinal).ToList();
            var inherited = featureTags.Concat(rule?.Tags.Select(t => Bare(t.Name)) ?? []).Distinct(StringComparer.Ordinal).ToList();
            var ruleInfo = rule is null ? null : new RuleInfo(rule.Name, rule.Description?.Trim() ?? string.Empty, [.. rule.Tags.Select(t => Bare(t.Name))]);
            return new PickleScenario(index, pickle.Name, testName, line, scenario.Description?.Trim() ?? string.Empty, own, inherited, values, ruleInfo, [.. Steps(pickle)]);
        }

        private IEnumerable<ScenarioStep> Steps(Pickle pickle)
        {
            StepCall? previous = null;
            foreach (var step in pickle.Steps)
            {
                var ast = _steps[step.AstNodeIds[0]];
                var call = ast.KeywordType switch
                {
                    Io.Cucumber.Messages.Types.StepKeywordType.CONTEXT => StepCall.Given,
                    Io.Cucumber.Messages.Types.StepKeywordType.ACTION => StepCall.When,
                    Io.Cucumber.Messages.Types.StepKeywordType.OUTCOME => StepCall.Then,
                    Io.Cucumber.Messages.Types.StepKeywordType.CONJUNCTION when ast.Keyword.Trim() == "But" => StepCall.But,
                    _ when previous is null => StepCall.Given,
                    _ => StepCall.And,
                };
                previous = call;
                yield return new ScenarioStep(call, ast.Keyword, step.Text, Line(ast.Location), step.Argument?.DocString?.Content, ToTable(step.Argument?.DataTable));
            }
        }

        private static Table? ToTable(PickleTable? table)
        {
            if (table is null || table.Rows.Count == 0)
            {
                return null;
            }

            var result = new Table([.. table.Rows[0].Cells.Select(c => c.Value)]);
            foreach (var row in table.Rows.Skip(1))
            {
                result.AddRow([.. row.Cells.Select(c => c.Value)]);
            }

            return result;
        }

        private void Add(IEnumerable<Step>? list)
        {
            foreach (var step in list ?? [])
            {
                _steps[step.Id] = step;
            }
        }

        private void AddScenario(Scenario? scenario, Rule? rule)
        {
            if (scenario is null)
            {
                return;
            }

            _scenarios[scenario.Id] = (scenario, rule);
            Add(scenario.Steps);
            foreach (var examples in scenario.Examples)
            {
                foreach (var row in examples.TableBody)
                {
                    _rows[row.Id] = (examples.TableHeader, row);
                }
            }
        }
    }
}
