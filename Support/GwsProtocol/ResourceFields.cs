namespace Conformance.GwsProtocol;

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
