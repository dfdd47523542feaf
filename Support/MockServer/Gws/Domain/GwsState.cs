using System.Globalization;
using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// Everything the mock remembers between requests. One lock (<see cref="Gate"/>) guards it: every
/// operation runs in microseconds, so a single lock keeps concurrent scenarios correct without
/// lock-ordering puzzles when an operation touches two agents (Invite, Transfer).
/// </summary>
internal sealed class GwsState
{
    private int _nextReferenceId;
    private long _nextInteraction;
    private long _nextParticipant;

    public object Gate { get; } = new();

    public Dictionary<string, Interaction> Interactions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, AgentRuntime> Agents { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ImSession> ImSessions { get; } = new(StringComparer.Ordinal);

    /// <summary>Which supervisor monitors which agent's chats or SMS sessions (Chat API: Monitor).</summary>
    public Supervision.MonitoringRegistry Monitoring { get; } = new();

    public AgentRuntime Agent(string userId)
    {
        if (!Agents.TryGetValue(userId, out var agent))
        {
            agent = new AgentRuntime(userId);
            Agents[userId] = agent;
        }

        return agent;
    }

    /// <summary>Increasing over the server's life, so a referenceId is never reused ("Return Values"; docs/inferences.md#reference-id).</summary>
    public int NextReferenceId() => ++_nextReferenceId;

    /// <summary>16 characters, the shape of the documented ids (e.g. 0000Na9B26EF006E).</summary>
    public string NextInteractionId() =>
        "0000MK" + (++_nextInteraction).ToString("X10", CultureInfo.InvariantCulture);

    public string NextParticipantId() =>
        "00" + (++_nextParticipant).ToString("X14", CultureInfo.InvariantCulture);

    public IEnumerable<Interaction> InteractionsOf(string userId, MediaKind media) =>
        Interactions.Values.Where(i => i.Media == media && i.PartyOf(userId) is { IsFinished: false });

    public ImSession? ActiveImSessionOf(string userId) =>
        ImSessions.Values.FirstOrDefault(s => s.PartyOf(userId) is { State: not ImSessionStates.Completed });

    /// <summary>Forget every interaction and agent state; the directory stays (control API reset).</summary>
    public void Reset()
    {
        Interactions.Clear();
        Agents.Clear();
        ImSessions.Clear();
        Monitoring.Clear();
    }
}
