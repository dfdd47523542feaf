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

    public GwsState()
        : this(new InteractionRetention(InteractionRetention.DefaultMaxRetained, InteractionRetention.DefaultRetainFor))
    {
    }

    public GwsState(InteractionRetention retention) => Retention = retention;

    public object Gate { get; } = new();

    /// <summary>How long ended interactions stay readable (<see cref="Settle(Interaction, DateTimeOffset)"/>).</summary>
    public InteractionRetention Retention { get; }

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

    /// <summary>
    /// Call after every change to <paramref name="interaction"/>: when it has just ended it starts its
    /// retention, and what is past the retention is forgotten.
    /// </summary>
    public void Settle(Interaction interaction, DateTimeOffset now) => Settle(interaction, im: false, now);

    /// <inheritdoc cref="Settle(Interaction, DateTimeOffset)"/>
    public void Settle(ImSession session, DateTimeOffset now) => Settle(session, im: true, now);

    /// <summary>Forgets the ended interactions past the retention's count or age; returns how many.</summary>
    public int Forget(DateTimeOffset now)
    {
        var forgotten = 0;
        foreach (var (id, im) in Retention.TakeExpired(now, StillEnded))
        {
            _ = im ? ImSessions.Remove(id) : Interactions.Remove(id);
            forgotten++;
        }

        return forgotten;
    }

    private void Settle(IRetainable item, bool im, DateTimeOffset now)
    {
        if (item.EndedAt is null && item.IsEnded)
        {
            item.EndedAt = now;
            Retention.Record(item.Id, im, now);
        }

        Forget(now);
    }

    private bool StillEnded(string id, bool im)
    {
        IRetainable? item = im ? ImSessions.GetValueOrDefault(id) : Interactions.GetValueOrDefault(id);
        if (item?.EndedAt is null)
        {
            return false;
        }

        if (!item.IsEnded)
        {
            item.EndedAt = null; // reopened: recorded again when it ends again
            return false;
        }

        return true;
    }

    /// <summary>Forget every interaction and agent state; the directory stays (control API reset).</summary>
    public void Reset()
    {
        Interactions.Clear();
        Agents.Clear();
        ImSessions.Clear();
        Monitoring.Clear();
        Retention.Clear();
    }
}
