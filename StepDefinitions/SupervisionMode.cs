namespace Conformance.StepDefinitions;

/// <summary>A supervisor mode as its switch operation spells it: Monitor, Coach or BargeIn.</summary>
public readonly record struct SupervisionMode(string Name);
