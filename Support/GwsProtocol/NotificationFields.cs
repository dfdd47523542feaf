namespace Conformance.GwsProtocol;

/// <summary>Field names of notifications ("Chat API: Message Types", "IM Session API: Message Types").</summary>
public static class NotificationFields
{
    public const string MessageType = "messageType";
    public const string NotificationType = "notificationType";
    public const string ReferenceId = "referenceId";
    public const string ErrorMessage = "errorMessage";
    public const string Messages = "messages";
    public const string Message = "message";
    public const string Channels = "channels";

    /// <summary>The text of the documented Error samples, unmangled (docs/inferences.md#error-notification).</summary>
    public const string OperationFailedText = "Operation failed";
}
