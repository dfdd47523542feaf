namespace Conformance.Bayeux.Protocol;

/// <summary>Advice fields and reconnect values (Bayeux spec: "advice").</summary>
public static class Advice
{
    public const string Reconnect = "reconnect";
    public const string Interval = "interval";
    public const string Timeout = "timeout";
    public const string MaxInterval = "maxInterval";
    public const string ReconnectRetry = "retry";
    public const string ReconnectHandshake = "handshake";
    public const string ReconnectNone = "none";
    /// <summary>Set by CometD when two sessions share one BAYEUX_BROWSER cookie (Bayeux spec: "multiple-clients advice field"; docs/cometd-behaviour.md#browser-cookie).</summary>
    public const string MultipleClients = "multiple-clients";
}
