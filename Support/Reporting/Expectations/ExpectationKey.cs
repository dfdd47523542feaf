using Conformance.Reporting.Model;

namespace Conformance.Reporting.Expectations;

/// <summary>
/// The key that names a scenario in an expectations file: "&lt;Feature name&gt;: &lt;Scenario name&gt;",
/// both as written in the feature file (for a Scenario Outline, the outline's name, which covers
/// every example row). Compared ordinally after trimming, so it is exact but indifferent to blanks
/// around the names.
/// </summary>
public static class ExpectationKey
{
    public static string Of(string featureName, string scenarioName) => $"{featureName.Trim()}: {scenarioName.Trim()}";

    public static string Of(ScenarioInfo scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Of(scenario.Feature.Name, scenario.Name);
    }

    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Trim();
    }
}
