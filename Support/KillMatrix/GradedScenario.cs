namespace Conformance.KillMatrix;

/// <summary>A scenario that did not pass, as graded.</summary>
internal sealed record GradedScenario(string Id, string Feature, string Name, string Grade, string Message);
