namespace Conformance.GwsProtocol;

/// <summary>
/// CometD channels (topics) the server publishes on (the Message Types pages). The SMS topic is not documented
/// anywhere; it follows the pattern of the other two (docs/inferences.md#sms-notification-channel).
/// </summary>
public static class Topics
{
    public const string Chats = "/v2/me/chats";
    public const string SmsSessions = "/v2/me/smssessions";
    public const string ImSessions = "/v2/me/im-sessions";
    public const string Channels = "/v2/me/channels";

    /// <summary>Where the Bayeux endpoint lives, relative to the server (docs/inferences.md#notification-endpoint).</summary>
    public const string NotificationsPath = "/api/v2/notifications";
}
