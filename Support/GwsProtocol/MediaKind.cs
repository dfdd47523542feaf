namespace Conformance.GwsProtocol;

/// <summary>
/// The words that differ between the chat-like media: where the resource lives, what its key is in a
/// notification, which messageType and topic carry it (the Message Types pages; docs/inferences.md#sms-mirrors-chat). One instance per medium.
/// </summary>
public sealed record MediaKind(
    string Name,
    string CollectionSegment,
    string ResourceKey,
    string CollectionKey,
    string StateChangeMessageType,
    string Topic,
    string AgentChannel,
    string LogUriField,
    string LogPathField)
{
    /// <summary>Chat: <c>/api/v2/me/chats</c>, key <c>chat</c>, transcript field <c>chatUri</c>.</summary>
    public static readonly MediaKind Chat = new(
        "chat", "chats", "chat", "chats", MessageTypes.ChatStateChange, Topics.Chats, MediaChannels.Chat,
        "chatUri", "chatPath");

    /// <summary>SMS: the <c>smssession</c> spelling of the parameter tables and most pages (docs/inferences.md#sms-path-spelling).</summary>
    public static readonly MediaKind SmsSession = new(
        "smssession", "smssessions", "smssession", "smssessions", MessageTypes.SmsSessionStateChange,
        Topics.SmsSessions, MediaChannels.SmsSession, "smssessionUri", "smssessionPath");

    /// <summary>IM: <c>/api/v2/me/im-sessions</c>, key <c>imSession</c>, log field <c>imSessionPath</c>.</summary>
    public static readonly MediaKind ImSession = new(
        "imsession", "im-sessions", "imSession", "imSessions", MessageTypes.ImSessionStateChange,
        Topics.ImSessions, MediaChannels.InstantMessaging, "imSessionUri", "imSessionPath");

    /// <summary>The agent's collection path, e.g. <c>/api/v2/me/chats</c>.</summary>
    public string MeCollectionPath => $"{ApiPaths.Me}/{CollectionSegment}";

    /// <summary>The resource path without the API prefix, e.g. <c>/chats/{id}</c> (the <c>path</c> field of newer samples).</summary>
    public string ResourcePath(string id) => $"/{CollectionSegment}/{id}";

    public static IReadOnlyList<MediaKind> ChatLike { get; } = [Chat, SmsSession];
}
