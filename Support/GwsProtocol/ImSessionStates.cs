namespace Conformance.GwsProtocol;

/// <summary>States of an IM session ("IM Session Resource").</summary>
public static class ImSessionStates
{
    public const string Initiating = "Initiating";
    public const string Alerting = "Alerting";
    public const string Talking = "Talking";
    public const string Completed = "Completed";
}
