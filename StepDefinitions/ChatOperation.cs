namespace Conformance.StepDefinitions;

/// <summary>An operation on a chat or SMS session, as the steps word it ("accept", "accepts").</summary>
public readonly record struct ChatOperation(string Name);
