namespace Conformance.Reporting.Model;

public sealed record StepInfo(
    ScenarioInfo Scenario,
    string Keyword,
    string Text,
    int Line,
    int Index,
    IReadOnlyList<IReadOnlyList<string>>? Table,
    string? DocString);
