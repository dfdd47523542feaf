namespace Conformance.Harness.Configuration;

/// <summary>
/// One target profile, read from runsettings/&lt;profile&gt;.runsettings (TestRunParameters) and
/// environment variables (credentials never live in a file). Built once per run by <see cref="TargetOptionsReader"/>.
/// </summary>
public sealed record TargetOptions
{
    public required TargetKind Kind { get; init; }

    /// <summary>The server root, e.g. http://gws.example:8090 (the API is under /api/v2). Null for the in-process mock.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The agent accounts scenarios lease from, one scenario role per account.</summary>
    public required IReadOnlyList<string> AgentAccounts { get; init; }

    public required string AgentPassword { get; init; }

    /// <summary>An account whose place has no IM-capable device ("IM Session API: InitiateIMSession"), or null when the target has none.</summary>
    public string? NoImDeviceAccount { get; init; }

    /// <summary>An account with several IM-capable devices ("IM Session API: InitiateIMSession": devicePath is then needed), or null.</summary>
    public string? MultiImDeviceAccount { get; init; }

    /// <summary>Accounts with the supervisor role (Chat API: Monitor), one per supervisor role of a scenario; empty: those scenarios are not applicable.</summary>
    public IReadOnlyList<string> SupervisorAccounts { get; init; } = [];

    /// <summary>
    /// A queue per medium that no agent serves, for Complete's queueName row: the chat waits there instead
    /// of being offered to an agent of another scenario. Null: the scenario is not applicable.
    /// </summary>
    public string? ChatIdleQueue { get; init; }

    public string? SmsIdleQueue { get; init; }

    /// <summary>CometD topics per medium ("Chat API: Message Types", "IM Session API: Message Types"; the SMS topic is inferred, docs/inferences.md#sms-notification-channel).</summary>
    public required string ChatTopic { get; init; }

    public required string SmsTopic { get; init; }

    public required string ImTopic { get; init; }

    /// <summary>Deadline for something expected (a response, a notification).</summary>
    public required TimeSpan NotificationTimeout { get; init; }

    /// <summary>How long "nothing more arrives" is watched for when there is no barrier.</summary>
    public required TimeSpan QuietPeriod { get; init; }

    public required TimeSpan HttpTimeout { get; init; }

    /// <summary>Send the CSRF token on writes (GWS option enableCsrfProtection, "CSRF Protection").</summary>
    public required bool Csrf { get; init; }

    public required InboundMode Inbound { get; init; }

    public required AbsenceCheck Absence { get; init; }

    /// <summary>Base of the mock's control API (offers, barrier, faults); null when the target is not a mock.</summary>
    public Uri? ControlUrl { get; init; }

    /// <summary>The mock server assembly to start for <see cref="TargetKind.MockProcess"/>.</summary>
    public string? MockServerAssembly { get; init; }

    /// <summary>
    /// Deliberate deviations to switch on in a mock the harness starts (Support/MockServer/Hosting/Deviation.cs),
    /// to prove the suite notices them; empty for a conformance run.
    /// </summary>
    public IReadOnlyList<string> MockDeviations { get; init; } = [];
}
