namespace Conformance.GwsProtocol;

/// <summary>
/// CometD channels (topics) the server publishes on (gws-api.md 2.1). The SMS topic is not documented
/// anywhere; it follows the pattern of the other two (gws-api-gaps.md 5).
/// </summary>
public static class Topics
{
    public const string Chats = "/v2/me/chats";
    public const string SmsSessions = "/v2/me/smssessions";
    public const string ImSessions = "/v2/me/im-sessions";
    public const string Channels = "/v2/me/channels";

    /// <summary>Where the Bayeux endpoint lives, relative to the server (gws-api.md 2).</summary>
    public const string NotificationsPath = "/api/v2/notifications";
}
