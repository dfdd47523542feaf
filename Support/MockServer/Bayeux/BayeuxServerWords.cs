namespace Conformance.MockServer.Bayeux;

/// <summary>Advice and extension words the Protocol constants do not hold (bayeux.md 1.3, 1.10).</summary>
public static class BayeuxServerWords
{
    /// <summary>Advice flag set when a browser holds more long polls than allowed (bayeux.md 1.8).</summary>
    public const string MultipleClients = "multiple-clients";

    public const string Version = "1.0";

    public const string ServicePrefix = "/service/";
}
