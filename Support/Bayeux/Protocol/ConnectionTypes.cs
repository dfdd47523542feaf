namespace Conformance.Bayeux.Protocol;

/// <summary>Connection types (Bayeux spec: "supportedConnectionTypes", "connectionType").</summary>
public static class ConnectionTypes
{
    public const string LongPolling = "long-polling";
    public const string WebSocket = "websocket";
    public const string CallbackPolling = "callback-polling";
}
