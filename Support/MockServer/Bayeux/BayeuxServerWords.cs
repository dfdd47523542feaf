namespace Conformance.MockServer.Bayeux;

/// <summary>Advice and extension words the Protocol constants do not hold (Bayeux spec: "advice"; docs/cometd-behaviour.md#ack-extension).</summary>
public static class BayeuxServerWords
{
    /// <summary>Advice flag set when a browser holds more long polls than allowed (docs/cometd-behaviour.md#browser-cookie).</summary>
    public const string MultipleClients = "multiple-clients";

    public const string Version = "1.0";

    public const string ServicePrefix = "/service/";
}
