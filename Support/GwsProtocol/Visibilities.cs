namespace Conformance.GwsProtocol;

/// <summary>Visibility of participants and log entries ("Chat API: SwitchToMonitor"; docs/inferences.md#visibility).</summary>
public static class Visibilities
{
    public const string All = "All";
    public const string Agents = "Agents";
    public const string Supervisors = "Supervisors";
}
