using System.Text;
using Conformance.Gherkin.Results;
using Conformance.Gherkin.Tables;
using Ast = global::Gherkin.Ast;
using Pickles = global::Gherkin.Pickles;

namespace Conformance.Gherkin.Loading;

/// <summary>
/// Turns one .feature file into scenarios with the Gherkin 5.0.0 parser and pickle compiler
/// (feasibility.md 3), and turns what 5.0.0 would silently drop into problem entries.
/// </summary>
internal sealed class FeatureFileParser
{
    private const string UnfilterableCharacters = "=!~&|(),\\";
    private static readonly System.Buffers.SearchValues<char> Unfilterable = System.Buffers.SearchValues.Create(UnfilterableCharacters);

    private readonly global::Gherkin.GherkinDialectProvider dialects = new("en");

    public LoadedFeature Parse(string fullPath, string relativePath, byte[] bytes)
    {
        var text = DecodeUtf8(bytes);
        Ast.GherkinDocument document;
        try
        {
            document = new global::Gherkin.Parser().Parse(new StringReader(text));
        }
        catch (global::Gherkin.CompositeParserException e)
        {
            var first = e.Errors.FirstOrDefault();
            var lines = string.Join(Environment.NewLine, e.Errors.Select(x => $"{relativePath}:{x.Location?.Line ?? 0}: {x.Message}"));
            return ProblemFeature(fullPath, relativePath, first?.Location?.Line ?? 0, "does not parse:" + Environment.NewLine + lines);
        }
        catch (global::Gherkin.ParserException e)
        {
            return ProblemFeature(fullPath, relativePath, e.Location?.Line ?? 0, "does not parse: " + e.Message);
        }

        if (document.Feature is null)
        {
            return ProblemFeature(fullPath, relativePath, 1, "contains no Feature: line, so it has no scenarios");
        }

        return new FeatureBuilder(document.Feature, relativePath, fullPath, dialects, text).Build(document);
    }

    internal static LoadedFeature ProblemFeature(string fullPath, string relativePath, int line, string message)
    {
        var feature = new FeatureInfo(relativePath, string.Empty, relativePath, []);
        var problem = new LoadProblem(relativePath, line, message);
        var info = new ScenarioInfo(feature, "load error", $"{relativePath}: load error", line, [], new Dictionary<string, string>());
        return new LoadedFeature(feature, fullPath, [new LoadedScenario(info, [], problem)]);
    }

    private static string DecodeUtf8(byte[] bytes)
    {
        // StreamReader semantics: a UTF-8 BOM is dropped (feasibility.md 3: BOM + CRLF parse).
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The per-file state of one parse.</summary>
    private sealed class FeatureBuilder(Ast.Feature feature, string relativePath, string fullPath, global::Gherkin.GherkinDialectProvider dialects, string text)
    {
        private readonly List<LoadedScenario> scenarios = [];
        private readonly FeatureInfo info = new(
            string.IsNullOrWhiteSpace(feature.Name) ? relativePath : feature.Name.Trim(),
            feature.Description?.Trim() ?? string.Empty,
            relativePath,
            feature.Tags.Select(t => t.Name).ToList());

        public LoadedFeature Build(Ast.GherkinDocument document)
        {
            var dialect = dialects.GetDialect(feature.Language, feature.Location);
            var astSteps = feature.Children.SelectMany(c => c.Steps).ToDictionary(s => s.Location.Line);
            var exampleRows = ExampleRowsByLine();

            List<Pickles.Pickle> pickles;
            try
            {
                pickles = new Pickles.Compiler().Compile(document);
            }
            catch (Exception e) when (e is global::Gherkin.ParserException or InvalidOperationException or ArgumentException)
            {
                AddProblem("compile error", feature.Location.Line, "cannot be compiled: " + e.Message);
                return new LoadedFeature(info, fullPath, scenarios);
            }

            var baseNames = pickles.Select(p => BaseTestName(p, exampleRows)).ToList();
            var repeated = baseNames.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < pickles.Count; i++)
            {
                var pickle = pickles[i];
                var line = pickle.Locations.First().Line;
                var testName = repeated.Contains(baseNames[i]) ? $"{baseNames[i]} [line {line}]" : baseNames[i];
                var values = exampleRows.TryGetValue(line, out var row) ? row : new Dictionary<string, string>();
                var scenario = new ScenarioInfo(info, pickle.Name, testName, line, pickle.Tags.Select(t => t.Name).ToList(), values);
                scenarios.Add(new LoadedScenario(scenario, BuildSteps(scenario, pickle, astSteps, dialect), null));
            }

            AddOutlinesWithoutRows();
            AddUnsupportedKeywords();
            AddUnfilterableTags();
            if (scenarios.Count == 0)
            {
                AddProblem("no scenarios", feature.Location.Line, "has a Feature: but no Scenario, so nothing would run");
            }

            scenarios.Sort((a, b) => a.Info.Line.CompareTo(b.Info.Line));
            return new LoadedFeature(info, fullPath, scenarios);
        }

        private string BaseTestName(Pickles.Pickle pickle, Dictionary<int, IReadOnlyDictionary<string, string>> exampleRows)
        {
            var name = $"{info.Name}: {pickle.Name}";
            if (exampleRows.TryGetValue(pickle.Locations.First().Line, out var values) && values.Count > 0)
            {
                name += " [" + string.Join(", ", values.Select(v => $"{v.Key}={v.Value}")) + "]";
            }

            return name;
        }

        private Dictionary<int, IReadOnlyDictionary<string, string>> ExampleRowsByLine()
        {
            var rows = new Dictionary<int, IReadOnlyDictionary<string, string>>();
            foreach (var examples in feature.Children.OfType<Ast.ScenarioOutline>().SelectMany(o => o.Examples))
            {
                if (examples.TableHeader is null || examples.TableBody is null)
                {
                    continue;
                }

                var header = examples.TableHeader.Cells.Select(c => c.Value).ToList();
                foreach (var row in examples.TableBody)
                {
                    var values = new Dictionary<string, string>();
                    foreach (var (column, cell) in header.Zip(row.Cells))
                    {
                        values.TryAdd(column, cell.Value);
                    }

                    rows[row.Location.Line] = values;
                }
            }

            return rows;
        }

        private static List<ScenarioStep> BuildSteps(ScenarioInfo scenario, Pickles.Pickle pickle, Dictionary<int, Ast.Step> astSteps, global::Gherkin.GherkinDialect dialect)
        {
            var steps = new List<ScenarioStep>();
            var previous = StepKind.Given;
            var index = 0;
            foreach (var pickleStep in pickle.Steps)
            {
                // For outline steps the locations are [example row, outline step]; the last one is the step itself.
                var line = pickleStep.Locations.Last().Line;
                var keyword = astSteps.TryGetValue(line, out var astStep) ? astStep.Keyword : "* ";
                var kind = Classify(keyword, dialect, previous);
                previous = kind;

                var table = pickleStep.Arguments.OfType<Pickles.PickleTable>()
                    .Select(t => new DataTable(t.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Value).ToList()).ToList()))
                    .FirstOrDefault();
                var docString = pickleStep.Arguments.OfType<Pickles.PickleString>()
                    .Select(d => new DocString(d.Content, ContentType(astStep)))
                    .FirstOrDefault();
                var info = new StepInfo(scenario, keyword.Trim(), pickleStep.Text, line, index++, table?.AllRows, docString?.Content);
                steps.Add(new ScenarioStep(info, kind, table, docString));
            }

            return steps;
        }

        /// <summary>Pickles drop a doc string's content type (5.0.0), so it is read from the AST step.</summary>
        private static string? ContentType(Ast.Step? step) =>
            step?.Argument is Ast.DocString { ContentType: { Length: > 0 } contentType } ? contentType : null;

        private static StepKind Classify(string keyword, global::Gherkin.GherkinDialect dialect, StepKind previous)
        {
            static bool In(string[] keywords, string keyword) => keywords.Any(k => string.Equals(k.Trim(), keyword.Trim(), StringComparison.Ordinal));

            // "*" is listed under every kind, so And/But/* are checked first: they continue the previous kind.
            if (keyword.Trim() == "*" || In(dialect.AndStepKeywords, keyword) || In(dialect.ButStepKeywords, keyword))
            {
                return previous;
            }

            if (In(dialect.WhenStepKeywords, keyword))
            {
                return StepKind.When;
            }

            return In(dialect.ThenStepKeywords, keyword) ? StepKind.Then : StepKind.Given;
        }

        private void AddOutlinesWithoutRows()
        {
            // Gherkin 5.0.0 compiles an outline without examples (or an Examples: without a table) to nothing (feasibility.md 3).
            foreach (var outline in feature.Children.OfType<Ast.ScenarioOutline>())
            {
                var examples = outline.Examples.ToList();
                if (examples.Count == 0)
                {
                    AddProblem($"{outline.Name.Trim()} [no examples]", outline.Location.Line, $"Scenario Outline '{outline.Name.Trim()}' has no Examples:, so it would run nothing");
                    continue;
                }

                foreach (var block in examples.Where(e => e.TableBody is null || !e.TableBody.Any()))
                {
                    AddProblem($"{outline.Name.Trim()} [no example rows at line {block.Location.Line}]", block.Location.Line, $"the Examples: of Scenario Outline '{outline.Name.Trim()}' has no rows, so it would run nothing");
                }
            }
        }

        private void AddUnsupportedKeywords()
        {
            foreach (var (line, keyword) in UnsupportedKeywordScanner.Find(text))
            {
                AddProblem(
                    $"unsupported '{keyword}' at line {line}",
                    line,
                    $"'{keyword}' is not a keyword in Gherkin 5.0.0: the parser folds it and what follows into a description, so its scenarios would be lost. Use 'Scenario:' (and a tag or comment instead of 'Rule:')");
            }
        }

        private void AddUnfilterableTags()
        {
            // Tags are NUnit categories; these characters break `dotnet test --filter Category=...`
            // (measured with NUnit3TestAdapter 6.3.1: "Category=op=Eq" selected every test).
            var tags = feature.Tags
                .Concat(feature.Children.OfType<Ast.Scenario>().SelectMany(s => s.Tags))
                .Concat(feature.Children.OfType<Ast.ScenarioOutline>().SelectMany(o => o.Tags.Concat(o.Examples.SelectMany(e => e.Tags))));
            foreach (var tag in tags.Where(t => t.Name.AsSpan().IndexOfAny(Unfilterable) >= 0))
            {
                AddProblem(
                    $"unfilterable tag {tag.Name} at line {tag.Location.Line}",
                    tag.Location.Line,
                    $"the tag {tag.Name} contains one of {UnfilterableCharacters}, which `dotnet test --filter Category=...` cannot express; use letters, digits and - _ . : (e.g. @op-Invite)");
            }
        }

        private void AddProblem(string title, int line, string message)
        {
            var scenario = new ScenarioInfo(info, title, $"{info.Name}: {title}", line, [], new Dictionary<string, string>());
            scenarios.Add(new LoadedScenario(scenario, [], new LoadProblem(relativePath, line, message)));
        }
    }
}
