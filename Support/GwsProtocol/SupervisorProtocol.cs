namespace Conformance.GwsProtocol;

/// <summary>
/// The words of supervision on chat and SMS (Chat API: Monitor, Coach, Barge In, Cancel Supervisor
/// Monitoring, Intrude, Switch To Monitor; SMS Session API: the same pages). The operation names live
/// in <see cref="Operations"/>.
/// </summary>
public static class SupervisorProtocol
{
    /// <summary>The Person annex role that may supervise (<c>[htcc] roles=supervisor</c>); JSON shows <see cref="Roles.Supervisor"/>.</summary>
    public const string AnnexRole = "supervisor";

    // Parameters of Monitor, Coach, BargeIn (supervisorMonitoringMode, nickname) and Intrude (supervisorVisibilityMode).
    public const string MonitoringModeParameter = "supervisorMonitoringMode";
    public const string VisibilityModeParameter = "supervisorVisibilityMode";

    /// <summary>supervisorMonitoringMode: only the monitored agent's next chat.</summary>
    public const string NextChat = "NextChat";

    /// <summary>supervisorMonitoringMode: every chat the agent accepts; the default.</summary>
    public const string AllChats = "AllChats";

    public static readonly IReadOnlyList<string> MonitoringScopes = [NextChat, AllChats];

    // supervisorVisibilityMode values: the names of the three operations.
    public const string Monitor = Operations.Monitor;
    public const string Coach = Operations.Coach;
    public const string BargeIn = Operations.BargeIn;

    public static readonly IReadOnlyList<string> Modes = [Monitor, Coach, BargeIn];

    /// <summary>
    /// The capability that offers SwitchToBargeIn, as both documented samples print it (Chat API: Switch To
    /// Monitor, SMS Session API: Switch to Coach); the operation itself is SwitchToBargeIn.
    /// </summary>
    public const string SwitchBargeInCapability = "SwitchBargeIn";

    /// <summary>
    /// Who sees a supervisor in each mode: Monitor only other supervisors (the Switch To Monitor sample's
    /// <c>Supervisors</c>), Coach the agents, BargeIn everyone, the customer included.
    /// </summary>
    public static string VisibilityOf(string mode) => mode switch
    {
        Monitor => Visibilities.Supervisors,
        Coach => Visibilities.Agents,
        BargeIn => Visibilities.All,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a supervisor mode"),
    };

    /// <summary>The operation that switches to <paramref name="mode"/>.</summary>
    public static string SwitchOperationFor(string mode) => mode switch
    {
        Monitor => Operations.SwitchToMonitor,
        Coach => Operations.SwitchToCoach,
        BargeIn => Operations.SwitchToBargeIn,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a supervisor mode"),
    };

    /// <summary>The mode a Switch operation goes to, or null when the name is not one.</summary>
    public static string? ModeOfSwitch(string operation) => operation switch
    {
        Operations.SwitchToMonitor => Monitor,
        Operations.SwitchToCoach => Coach,
        Operations.SwitchToBargeIn => BargeIn,
        _ => null,
    };

    /// <summary>The capability word that offers a switch to <paramref name="mode"/>.</summary>
    public static string SwitchCapabilityFor(string mode) =>
        mode == BargeIn ? SwitchBargeInCapability : SwitchOperationFor(mode);

    /// <summary>
    /// A supervisor chatting in <paramref name="mode"/>: the list of the Switch To Monitor sample (no
    /// Complete), then the switches to the two other modes.
    /// </summary>
    public static IReadOnlyList<string> ChattingCapabilities(string mode) =>
    [
        Operations.Leave, Operations.SetInFocus, Operations.SetDisposition, Operations.AttachUserData,
        Operations.DeleteUserData, Operations.UpdateUserData, Operations.Transfer, Operations.Invite,
        Operations.Consult, Operations.SendToAgents, Operations.SendStartTypingToAgentsNotification,
        Operations.SendStopTypingToAgentsNotification, Operations.SendMessage,
        Operations.SendStartTypingNotification, Operations.SendStopTypingNotification,
        .. Modes.Where(m => m != mode).Select(SwitchCapabilityFor),
    ];

    /// <summary>POST path of Monitor, Coach, BargeIn and CancelSupervisorMonitoring for an agent's channel (chat or smssession).</summary>
    public static string ChannelPath(string userId, string channel) => $"{ApiPaths.Users}/{userId}/channels/{channel}";

    /// <summary>POST path of Intrude: the agent's chat or SMS session, e.g. /api/v2/users/{userId}/chats/{chatId}.</summary>
    public static string InteractionPath(string userId, MediaKind media, string id) =>
        $"{ApiPaths.Users}/{userId}/{media.CollectionSegment}/{id}";
}
