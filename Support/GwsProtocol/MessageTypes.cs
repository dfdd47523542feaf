namespace Conformance.GwsProtocol;

/// <summary>Values of <c>data.messageType</c> (the Message Types pages; "Agent State Control: Ready").</summary>
public static class MessageTypes
{
    public const string ChatStateChange = "ChatStateChangeMessage";

    /// <summary>Lower-case "s" in "session", as every SMS page spells it (e.g. "SMS Session API: Invite").</summary>
    public const string SmsSessionStateChange = "SMSsessionStateChangeMessage";

    public const string ImSessionStateChange = "IMSessionStateChangeMessage";
    public const string MessageLogUpdated = "MessageLogUpdated";
    public const string ImLogUpdate = "IMLogUpdateMessage";
    public const string ChannelStateChange = "ChannelStateChangeMessageV2";
}
