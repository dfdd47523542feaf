namespace Conformance.MockServer.Bayeux;

// The `error` strings the mock's Bayeux server sends, as CometD sends them (bayeux.md 1.6:
// "code:args:message"). One place for each, so tests and README quote the same words.

/// <summary>Bayeux error strings (bayeux.md 1.6).</summary>
public static class BayeuxErrors
{
    /// <summary>Unknown, expired, foreign (other user or other browser) or missing clientId.</summary>
    public const string SessionUnknown = "402::session_unknown";

    /// <summary>A message without a channel.</summary>
    public const string ChannelMissing = "400::channel_missing";

    /// <summary>A channel field that is not a valid channel name (wildcards, empty segments, not a string).</summary>
    public const string ChannelInvalid = "405::channel_invalid";

    /// <summary>An id field that is neither a string nor a number.</summary>
    public const string MessageIdInvalid = "405::message_id_invalid";

    /// <summary>A meta channel the protocol does not define (cometd-nodejs-server's word for a channel it may not create).</summary>
    public const string ChannelDenied = "403::channel_denied";

    /// <summary>A client publish; GWS clients never publish (gws-api.md 2), so it is refused unless allowed.</summary>
    public const string PublishDenied = "403::publish_denied";

    public const string SubscriptionMissing = "403::subscription_missing";

    public const string SubscriptionInvalid = "403::subscription_invalid";
}
