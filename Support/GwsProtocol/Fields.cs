namespace Conformance.GwsProtocol;

/// <summary>Field names of synchronous responses ("Return Values").</summary>
public static class ResponseFields
{
    public const string StatusCode = "statusCode";
    public const string StatusMessage = "statusMessage";
    public const string ReferenceId = "referenceId";
    public const string Uris = "uris";
    public const string User = "user";
    public const string Users = "users";
    public const string Contacts = "contacts";
    public const string TotalCount = "totalCount";
    public const string Queues = "queues";
    public const string Channels = "channels";
    public const string Devices = "devices";
    public const string Settings = "settings";
    public const string Skills = "skills";
    public const string Calls = "calls";
    public const string Messages = "messages";
}

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

/// <summary>Field names of chat, SMS and IM resources and participants (the operation samples, "SMS Session API: Resources", "IM Session Resource").</summary>
public static class ResourceFields
{
    public const string Id = "id";
    public const string State = "state";
    public const string Capabilities = "capabilities";
    public const string Participants = "participants";
    public const string Uri = "uri";
    public const string Path = "path";
    public const string UserData = "userData";
    public const string ReceivedDate = "receivedDate";
    public const string ChatType = "chatType";
    public const string Nickname = "nickname";
    public const string Type = "type";
    public const string ParticipantId = "participantId";
    public const string Visibility = "visibility";

    // IM participants use the call format ("IM Session Resource").
    public const string Digits = "digits";
    public const string E164Number = "e164Number";
    public const string FormattedPhoneNumber = "formattedPhoneNumber";
    public const string PhoneNumber = "phoneNumber";

    /// <summary>Value of <c>chatType</c> for customer-initiated interactions.</summary>
    public const string InboundChatType = "Inbound";
}

/// <summary>Field names of one message-log entry ("Chat API: Message Types").</summary>
public static class MessageLogFields
{
    public const string Index = "index";
    public const string Type = "type";
    public const string From = "from";
    public const string Text = "text";
    public const string Url = "url";
    public const string NoticeText = "noticeText";
    public const string Visibility = "visibility";
    public const string Timestamp = "timestamp";
    public const string TimestampSeconds = "timestampSeconds";

    /// <summary>
    /// Timestamps follow the newest samples, e.g. 2014-01-02T14:23:18.109-0800 (docs/inferences.md#timestamps): ISO 8601
    /// with milliseconds and a numeric offset without a colon. This pattern matches that form.
    /// </summary>
    public const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$";
}

/// <summary>Fields of user, contact, queue and channel resources ("Users Resource", "Contacts Resource", "Queues API", "Channels Resource").</summary>
public static class DirectoryFields
{
    public const string Id = "id";
    public const string UserName = "userName";
    public const string Password = "password";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string EmailAddress = "emailAddress";
    public const string Roles = "roles";
    public const string Enabled = "enabled";
    public const string ChangePasswordOnFirstLogin = "changePasswordOnFirstLogin";
    public const string Name = "name";
    public const string Type = "type";
    public const string Description = "description";
    public const string Channel = "channel";
    public const string PhoneNumber = "phoneNumber";
    public const string Internal = "internal";
    public const string UserState = "userState";
    public const string DisplayName = "displayName";
    public const string State = "state";
    public const string DndState = "dndState";
    public const string Uri = "uri";
    public const string Path = "path";
    public const string Capabilities = "capabilities";
    public const string ContactTypeUser = "User";
    public const string ContactTypeQueue = "Queue";
}
