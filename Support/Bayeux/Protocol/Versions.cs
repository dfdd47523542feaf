namespace Conformance.Bayeux.Protocol;

/// <summary>Protocol versions (Bayeux spec: "version", "minimumVersion").</summary>
public static class Versions
{
    public const string Current = "1.0";
    public const string Minimum = "1.0";
}
