namespace Conformance.GwsProtocol;

/// <summary>Values of <c>data.notificationType</c> ("Chat API: Message Types", "IM Session API: Message Types").</summary>
public static class NotificationTypes
{
    public const string StatusChange = "StatusChange";
    public const string ParticipantsUpdated = "ParticipantsUpdated";
    public const string PropertiesUpdated = "PropertiesUpdated";
    public const string Error = "Error";

    /// <summary>MessageLogUpdated (chat and SMS transcripts).</summary>
    public const string NewMessages = "NewMessages";

    /// <summary>IMLogUpdateMessage: singular, the only value ("IM Session API: Message Types").</summary>
    public const string NewMessage = "NewMessage";

    /// <summary>IM user data changes ("IM Session API: AttachUserData").</summary>
    public const string AttachedDataChanged = "AttachedDataChanged";
}
