using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Supervision;

/// <summary>
/// One supervisor's standing request to join an agent's chats or SMS sessions (Chat API: Monitor,
/// Coach, Barge In): in which mode, for the next one or all of them, and under which nickname.
/// </summary>
internal sealed record Monitoring(string SupervisorId, string AgentId, MediaKind Media, string Mode, string Scope, string Nickname);
