namespace Conformance.GwsProtocol;

/// <summary>Participant <c>type</c> values (gws-api.md 3.2).</summary>
public static class ParticipantTypes
{
    public const string Agent = "Agent";
    public const string Customer = "Customer";
}

/// <summary>Visibility of participants and log entries (gws-api.md 2.3, gws-api-gaps.md 7).</summary>
public static class Visibilities
{
    public const string All = "All";
    public const string Agents = "Agents";
    public const string Supervisors = "Supervisors";
}

/// <summary>Message-log entry <c>type</c> values (gws-api.md 3.3).</summary>
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
