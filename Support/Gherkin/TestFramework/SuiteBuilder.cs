using System.Text;
using Conformance.Gherkin.Discovery;
using NUnit.Framework;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// Builds the NUnit tree at discovery time, as the generated code-behind would declare it: a run
/// set-up fixture holding the binding check and one fixture per feature file, one test per pickle,
/// tags (feature, rule, scenario, examples) as categories.
/// </summary>
internal static class SuiteBuilder
{
    public const string BindingCheckName = "Binding check: every step matches exactly one binding";

    private const string RunSuiteName = "GherkinRun";

    public static TestSuite Build(SuiteOptions options)
    {
        var catalog = FeatureCatalog.Load(options.FeaturesFolder);
        var caseBuilder = new NUnitTestCaseBuilder();
        var rootName = Identifier(Path.GetFileName(catalog.Root));
        var suiteName = string.IsNullOrEmpty(options.Namespace) ? rootName : $"{options.Namespace}.{rootName}";

        // NUnit puts a set-up fixture in charge of the namespace its full name lies in, adopting
        // every test there. One level below "<ns>.Features" keeps it to the features alone.
        var root = new SetUpFixture(new TypeWrapper(typeof(RunFixture))) { Name = rootName, FullName = $"{suiteName}.{RunSuiteName}" };
        if (options.Parallel)
        {
            root.Properties.Set(PropertyNames.ParallelScope, ParallelScope.Children);
        }

        if (options.IncludeBindingCheck)
        {
            var check = new TestFixture(new TypeWrapper(typeof(BindingCheckFixture)), [options.TestAssembly, catalog]) { Name = "BindingCheck" };
            check.FullName = $"{suiteName}.{check.Name}";
            var parameters = new TestCaseParameters([]) { TestName = BindingCheckName };
            check.Add(caseBuilder.BuildTestMethod(new MethodWrapper(typeof(BindingCheckFixture), nameof(BindingCheckFixture.CheckBindings)), check, parameters));
            root.Add(check);
        }

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in catalog.Features)
        {
            root.Add(BuildFeature(suiteName, options, feature, usedNames, caseBuilder));
        }

        return root;
    }

    private static TestFixture BuildFeature(string suiteName, SuiteOptions options, FeatureFile feature, HashSet<string> usedNames, NUnitTestCaseBuilder caseBuilder)
    {
        // Fixture names follow the file path (Features/Chat/Start chat.feature → <ns>.Features.Chat.Start_chat),
        // so FullyQualifiedName~<ns>.Features.Chat selects a folder.
        var segments = feature.RelativePath.Split('/').Skip(1).ToList();
        if (segments.Count == 0)
        {
            segments.Add(feature.RelativePath);
        }

        segments[^1] = Path.GetFileNameWithoutExtension(segments[^1]);
        var relative = string.Join('.', segments.Select(Identifier));
        var unique = relative;
        for (var n = 2; !usedNames.Add(unique); n++)
        {
            unique = $"{relative}_{n}";
        }

        var fixture = new TestFixture(new TypeWrapper(typeof(FeatureFixture)), [options.TestAssembly, feature]) { Name = unique[(unique.LastIndexOf('.') + 1)..] };
        fixture.FullName = $"{suiteName}.{unique}";
        if (!string.IsNullOrEmpty(feature.Description))
        {
            fixture.Properties.Set(PropertyNames.Description, feature.Description);
        }

        if (options.Parallel)
        {
            fixture.Properties.Set(PropertyNames.ParallelScope, ParallelScope.All);
        }

        if (feature.Problem is not null)
        {
            var parameters = new TestCaseParameters([]) { TestName = $"{feature.RelativePath}: load error" };
            fixture.Add(caseBuilder.BuildTestMethod(new MethodWrapper(typeof(FeatureFixture), nameof(FeatureFixture.ReportProblem)), fixture, parameters));
            return fixture;
        }

        var method = new MethodWrapper(typeof(FeatureFixture), nameof(FeatureFixture.RunScenarioAsync));
        foreach (var scenario in feature.Scenarios)
        {
            var parameters = new TestCaseParameters([scenario]) { TestName = scenario.TestName };
            if (options.Parallel)
            {
                parameters.Properties.Set(PropertyNames.ParallelScope, ParallelScope.Self);
            }

            foreach (var tag in scenario.AllTags)
            {
                parameters.Properties.Add(PropertyNames.Category, TagCategories.ToCategory(tag));
            }

            fixture.Add(caseBuilder.BuildTestMethod(method, fixture, parameters));
        }

        return fixture;
    }

    private static string Identifier(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }
}
