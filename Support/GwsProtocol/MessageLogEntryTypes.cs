namespace Conformance.GwsProtocol;

/// <summary>Message-log entry <c>type</c> values ("SMS Session API: Resources").</summary>
public static class MessageLogEntryTypes
{
    public const string Text = "Text";
    public const string ParticipantJoined = "ParticipantJoined";
    public const string ParticipantLeft = "ParticipantLeft";
    public const string ParticipantRejoined = "ParticipantRejoined";
    public const string TypingStarted = "TypingStarted";
    public const string TypingStopped = "TypingStopped";
    public const string PushUrl = "PushUrl";
    public const string Notice = "Notice";
    public const string CustomNotice = "CustomNotice";
}
