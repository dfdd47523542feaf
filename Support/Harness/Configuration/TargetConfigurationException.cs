namespace Conformance.Harness.Configuration;

/// <summary>The target profile cannot be used; the message lists every problem.</summary>
public sealed class TargetConfigurationException(string message) : Exception(message);
