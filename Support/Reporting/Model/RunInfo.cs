namespace Conformance.Reporting.Model;

public sealed record RunInfo(DateTimeOffset Start, string FeaturesRoot);
