using Conformance.GwsProtocol;

namespace Conformance.Harness.Configuration;

/// <summary>
/// What the mock's default directory provides (Support/MockServer/Directory/default-directory.json), so
/// runsettings/mock.runsettings needs only Target=mock. A remote profile must name its own.
/// </summary>
public static class MockDefaults
{
    public const string AgentAccounts = "agent{01..40}";
    public const string AgentPassword = "password";
    public const string NoImDeviceAccount = "agent-noim";
    public const string MultiImDeviceAccount = "agent-dualim";
    public const string SupervisorAccounts = "supervisor{01..12}";
    /// <summary>In the default directory: a chat queue with no agents.</summary>
    public const string ChatIdleQueue = "chat-queue-empty";

    /// <summary>Not in the default directory; the harness adds it to the directory it gives the mock (MockDirectory).</summary>
    public const string SmsIdleQueue = "sms-queue-idle";

    public const string ChatTopic = Topics.Chats;
    public const string SmsTopic = Topics.SmsSessions;
    public const string ImTopic = Topics.ImSessions;
}
