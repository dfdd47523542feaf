using Reqnroll;

namespace Conformance.Harness.Schemas;

/// <summary>
/// The schema tier of the running scenario, from its requirement tag (one per scenario, scenario-scoped):
/// @must is judged strictly, @should and @informational leniently (Schemas/README.md "Strict and lenient").
/// </summary>
public sealed class ScenarioSchemaTier(ScenarioContext scenario)
{
    public SchemaTier Tier { get; } = SchemaTiers.ForTags(scenario.ScenarioInfo.CombinedTags);
}
