namespace Conformance.Bayeux.Protocol;

// Protocol words of Bayeux 1.0 as CometD implements it (Bayeux spec; docs/cometd-behaviour.md).
// One place for each word: the client library and the mock's server code both use these.

/// <summary>The meta channels (Bayeux spec: "Meta Message Field Definitions").</summary>
public static class MetaChannels
{
    public const string Prefix = "/meta/";
    public const string Handshake = "/meta/handshake";
    public const string Connect = "/meta/connect";
    public const string Subscribe = "/meta/subscribe";
    public const string Unsubscribe = "/meta/unsubscribe";
    public const string Disconnect = "/meta/disconnect";
}

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

/// <summary>Protocol versions (Bayeux spec: "version", "minimumVersion").</summary>
public static class Versions
{
    public const string Current = "1.0";
    public const string Minimum = "1.0";
}

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

/// <summary>Connection types (Bayeux spec: "supportedConnectionTypes", "connectionType").</summary>
public static class ConnectionTypes
{
    public const string LongPolling = "long-polling";
    public const string WebSocket = "websocket";
    public const string CallbackPolling = "callback-polling";
}

/// <summary>The cookie CometD uses to find a browser's sessions (Bayeux spec: "Server-side Multiple clients detection").</summary>
public static class Cookies
{
    public const string BayeuxBrowser = "BAYEUX_BROWSER";
}
