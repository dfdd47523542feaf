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
