namespace Conformance.StepDefinitions;

/// <summary>A GWS operation a step names in words ("barges in on", "Ready", "attaches"); Name is its operationName.</summary>
public readonly record struct NamedOperation(string Name);
