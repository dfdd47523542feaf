namespace Conformance.MockServer.Bayeux;

// The `error` strings the mock's Bayeux server sends, as CometD sends them (docs/cometd-behaviour.md#error-strings:
// "code:args:message"). One place for each, so tests and README quote the same words.

/// <summary>Bayeux error strings (docs/cometd-behaviour.md#error-strings).</summary>
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

    /// <summary>A client publish; GWS clients never publish ("Asynchronous Events": the server pushes, clients subscribe), so it is refused unless allowed.</summary>
    public const string PublishDenied = "403::publish_denied";

    public const string SubscriptionMissing = "403::subscription_missing";

    public const string SubscriptionInvalid = "403::subscription_invalid";

    /// <summary>A subscribe that would take the session past <see cref="BayeuxServerOptions.MaxSubscriptions"/> patterns (CometD's subscribe_denied, with the reason).</summary>
    public const string SubscriptionLimit = "403:subscription_limit:subscribe_denied";

    /// <summary>A handshake refused because <see cref="BayeuxServerOptions.MaxSessions"/> sessions are live (CometD's handshake_denied, with the reason).</summary>
    public const string SessionLimit = "403:session_limit:handshake_denied";

    /// <summary>A handshake batched with other messages (HTTP 400).</summary>
    public const string HandshakeNotAlone = "400::handshake_not_alone";

    /// <summary>A GET of the endpoint that is not a WebSocket upgrade (HTTP 400), or with WebSocket off.</summary>
    public const string UpgradeRequired = "400::websocket_upgrade_required";

    /// <summary>
    /// A connect whose integer field (<c>ext.ack</c>, <c>advice.timeout</c>) is a fraction, a string or
    /// another non-integer, e.g. <c>400:advice.timeout:integer_expected</c>; the session is left as it was.
    /// </summary>
    public static string NotAnInteger(string field) => $"400:{field}:integer_expected";

    /// <summary>
    /// A batch refused at the input boundary (not JSON, not UTF-8, a repeated member name, an unpaired
    /// surrogate, too deep): HTTP 400 with this error, whose argument names the fault, e.g.
    /// <c>400:duplicate_key:message_invalid</c>.
    /// </summary>
    public static string MessageInvalid(Input.InputFault fault) => $"400:{FaultWord(fault)}:message_invalid";

    private static string FaultWord(Input.InputFault fault) => fault switch
    {
        Input.InputFault.Malformed => "malformed",
        Input.InputFault.InvalidUtf8 => "invalid_utf8",
        Input.InputFault.LoneSurrogate => "lone_surrogate",
        Input.InputFault.DuplicateKey => "duplicate_key",
        Input.InputFault.TooDeep => "too_deep",
        Input.InputFault.TooLarge => "too_large",
        _ => "wrong_shape",
    };
}
