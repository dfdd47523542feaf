namespace Conformance.GwsProtocol;

/// <summary>Values of <c>operationName</c> (one operation page each; docs/sources.md). Capability names reuse these words.</summary>
public static class Operations
{
    // Agent session and state ("StartContactCenterSession", "Agent State Control: Ready").
    public const string StartContactCenterSession = "StartContactCenterSession";
    public const string EndContactCenterSession = "EndContactCenterSession";
    public const string Ready = "Ready";
    public const string NotReady = "NotReady";

    // Chat and SMS agent operations.
    public const string Accept = "Accept";
    public const string Reject = "Reject";
    public const string Complete = "Complete";
    public const string Leave = "Leave";
    public const string Transfer = "Transfer";
    public const string Consult = "Consult";
    public const string Invite = "Invite";
    public const string SendMessage = "SendMessage";
    public const string SendStartTypingNotification = "SendStartTypingNotification";
    public const string SendStopTypingNotification = "SendStopTypingNotification";
    public const string SendToAgents = "SendToAgents";
    public const string SendStartTypingToAgentsNotification = "SendStartTypingToAgentsNotification";
    public const string SendStopTypingToAgentsNotification = "SendStopTypingToAgentsNotification";
    public const string SendUrl = "SendUrl";
    public const string SendCustomNotice = "SendCustomNotice";
    public const string SendCustomNoticeToAgents = "SendCustomNoticeToAgents";
    public const string AttachUserData = "AttachUserData";
    public const string UpdateUserData = "UpdateUserData";
    public const string DeleteUserData = "DeleteUserData";
    public const string SetDisposition = "SetDisposition";
    public const string SetInFocus = "SetInFocus";

    // IM (the "IM Session API" pages).
    public const string InitiateImSession = "InitiateIMSession";

    // Supervisor operations ("Chat API: Monitor", "Coach", "BargeIn", "Intrude"); not served yet, named so the design has a place for them.
    public const string Intrude = "Intrude";
    public const string Monitor = "Monitor";
    public const string Coach = "Coach";
    public const string BargeIn = "BargeIn";
    public const string CancelSupervisorMonitoring = "CancelSupervisorMonitoring";
    public const string SwitchToMonitor = "SwitchToMonitor";
    public const string SwitchToCoach = "SwitchToCoach";
    public const string SwitchToBargeIn = "SwitchToBargeIn";

    // Chat and SMS operations that no capability list names (Chat API: CancelConsult, SMS API:
    // CancelConsult, Chat API: RemoveParticipantFromConference) or that only a capability list names
    // (LeaveAndComplete, in the SMS resource sample).
    public const string CancelConsult = "CancelConsult";
    public const string RemoveParticipantFromConference = "RemoveParticipantFromConference";
    public const string LeaveAndComplete = "LeaveAndComplete";
}
