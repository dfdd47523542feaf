namespace Conformance.Reporting.Model;

public sealed record FeatureInfo(
    string Name,
    string Description,
    string RelativePath,
    IReadOnlyList<string> Tags);
