using System.Collections.Specialized;
using Reqnroll;

namespace Conformance.Gherkin.Discovery;

/// <summary>
/// One NUnit test: a scenario, or one row of a Scenario Outline's examples (a Gherkin pickle).
/// <see cref="PickleIndex"/> is its position in the feature's pickles, the contract Reqnroll's
/// formatters rely on.
/// </summary>
internal sealed record PickleScenario(
    int PickleIndex,
    string Name,
    string TestName,
    int Line,
    string Description,
    IReadOnlyList<string> OwnTags,
    IReadOnlyList<string> InheritedTags,
    IReadOnlyList<KeyValuePair<string, string>> ExampleValues,
    RuleInfo? Rule,
    IReadOnlyList<ScenarioStep> Steps)
{
    /// <summary>Every tag that applies (feature, rule, scenario, examples), without the @.</summary>
    public IEnumerable<string> AllTags => InheritedTags.Concat(OwnTags).Distinct(StringComparer.Ordinal);

    public ScenarioInfo ToScenarioInfo()
    {
        var arguments = new OrderedDictionary();
        foreach (var (header, value) in ExampleValues)
        {
            arguments[header] = value;
        }

        return new ScenarioInfo(Name, Description, [.. OwnTags], arguments, [.. InheritedTags], PickleIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
