namespace Conformance.Bayeux.Protocol;

/// <summary>Message field names (Bayeux spec: "Common Message Field Definitions").</summary>
public static class Fields
{
    public const string Channel = "channel";
    public const string Id = "id";
    public const string ClientId = "clientId";
    public const string Data = "data";
    public const string Successful = "successful";
    public const string Error = "error";
    public const string Advice = "advice";
    public const string Ext = "ext";
    public const string Version = "version";
    public const string MinimumVersion = "minimumVersion";
    public const string SupportedConnectionTypes = "supportedConnectionTypes";
    public const string ConnectionType = "connectionType";
    public const string Subscription = "subscription";
    public const string Ack = "ack";
    /// <summary>Events delivered inside a CometD handshake reply (docs/cometd-behaviour.md#handshake-events).</summary>
    public const string XMessages = "x-messages";
    /// <summary>Newer CometD servers answer the ack handshake with <c>{"ack":{"enabled":true,"batch":N}}</c> (docs/cometd-behaviour.md#ack-extension).</summary>
    public const string AckEnabled = "enabled";
    public const string AckBatch = "batch";
}
