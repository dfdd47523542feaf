namespace Conformance.GwsProtocol;

/// <summary>Participant <c>type</c> values (the chat and SMS samples).</summary>
public static class ParticipantTypes
{
    public const string Agent = "Agent";
    public const string Customer = "Customer";
}

/// <summary>Visibility of participants and log entries ("Chat API: SwitchToMonitor"; docs/inferences.md#visibility).</summary>
public static class Visibilities
{
    public const string All = "All";
    public const string Agents = "Agents";
    public const string Supervisors = "Supervisors";
}

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
