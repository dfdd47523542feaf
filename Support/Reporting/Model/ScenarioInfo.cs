namespace Conformance.Reporting.Model;

public sealed record ScenarioInfo(
    FeatureInfo Feature,
    string Name,
    string TestName,
    int Line,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> ExampleValues);
