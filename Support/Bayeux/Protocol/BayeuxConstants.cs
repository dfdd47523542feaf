namespace Conformance.Bayeux.Protocol;

// Protocol words of Bayeux 1.0 as CometD implements it (../shared/reference/bayeux.md, part 1).
// One place for each word: the client library and the mock's server code both use these.

/// <summary>The meta channels (bayeux.md 1.4).</summary>
public static class MetaChannels
{
    public const string Prefix = "/meta/";
    public const string Handshake = "/meta/handshake";
    public const string Connect = "/meta/connect";
    public const string Subscribe = "/meta/subscribe";
    public const string Unsubscribe = "/meta/unsubscribe";
    public const string Disconnect = "/meta/disconnect";
}

/// <summary>Message field names (bayeux.md 1.2).</summary>
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
    /// <summary>Events delivered inside a CometD handshake reply (bayeux.md 1.2).</summary>
    public const string XMessages = "x-messages";
    /// <summary>Newer CometD servers answer the ack handshake with <c>{"ack":{"enabled":true,"batch":N}}</c> (bayeux.md 1.10).</summary>
    public const string AckEnabled = "enabled";
    public const string AckBatch = "batch";
}

/// <summary>Protocol versions (bayeux.md 1.2).</summary>
public static class Versions
{
    public const string Current = "1.0";
    public const string Minimum = "1.0";
}

/// <summary>Advice fields and reconnect values (bayeux.md 1.3).</summary>
public static class Advice
{
    public const string Reconnect = "reconnect";
    public const string Interval = "interval";
    public const string Timeout = "timeout";
    public const string MaxInterval = "maxInterval";
    public const string ReconnectRetry = "retry";
    public const string ReconnectHandshake = "handshake";
    public const string ReconnectNone = "none";
    /// <summary>Set by CometD when two sessions share one BAYEUX_BROWSER cookie (bayeux.md 1.8).</summary>
    public const string MultipleClients = "multiple-clients";
}

/// <summary>Connection types (bayeux.md 1.4).</summary>
public static class ConnectionTypes
{
    public const string LongPolling = "long-polling";
    public const string WebSocket = "websocket";
    public const string CallbackPolling = "callback-polling";
}

/// <summary>The cookie CometD uses to find a browser's sessions (bayeux.md 1.8).</summary>
public static class Cookies
{
    public const string BayeuxBrowser = "BAYEUX_BROWSER";
}
