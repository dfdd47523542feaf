namespace Conformance.GwsProtocol;

/// <summary>Values of <c>treatAs</c> ("Chat API: Complete").</summary>
public static class TreatAsValues
{
    public const string Normal = "Normal";
    public const string System = "System";
}
