using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// One chat or SMS session: the customer, every agent who was ever offered it (one
/// <see cref="AgentParty"/> each, with its own state), the message log and the user data
/// ("Chat API: Message Types"). Guarded by <see cref="GwsState.Gate"/>.
/// </summary>
internal sealed class Interaction : IRetainable
{
    private int _nextIndex = 1;

    public required string Id { get; init; }
    public required MediaKind Media { get; init; }
    public required DateTimeOffset ReceivedDate { get; init; }
    public required Participant Customer { get; init; }
    public bool CustomerPresent { get; set; } = true;
    public JsonObject UserData { get; init; } = [];
    public List<AgentParty> Parties { get; } = [];
    public List<LogEntry> Log { get; } = [];

    /// <summary>What the customer's side has seen, in order (the control API serves it).</summary>
    public List<LogEntry> CustomerTranscript { get; } = [];

    /// <summary>The queue the session waits in while no agent holds an offer for it.</summary>
    public string? WaitingInQueue { get; set; }

    /// <summary>The queue a customer's offer came through; a rejected offer goes back there.</summary>
    public string? OriginQueue { get; set; }

    /// <summary>Agents who rejected it; queue routing skips them.</summary>
    public HashSet<string> RejectedBy { get; } = new(StringComparer.Ordinal);

    /// <summary>Set by the control API: the next agent operation is accepted, then fails in the backend.</summary>
    public bool FailNextOperation { get; set; }

    public AgentParty? PartyOf(string userId) =>
        Parties.LastOrDefault(p => string.Equals(p.UserId, userId, StringComparison.Ordinal));

    /// <summary>Agents who currently take part (they receive participant and log updates).</summary>
    public IEnumerable<AgentParty> ActiveParties =>
        Parties.Where(p => p.State is InteractionStates.Chatting or InteractionStates.LeftChat);

    public IEnumerable<AgentParty> ChattingParties => Parties.Where(p => p.State == InteractionStates.Chatting);

    public bool HasOpenParty => Parties.Any(p => !p.IsFinished);

    /// <summary>Nobody holds it or is offered it and it waits in no queue: only a GET can still read it.</summary>
    public bool IsEnded => !HasOpenParty && WaitingInQueue is null;

    /// <summary>When it ended, while <see cref="GwsState.Retention"/> keeps it; null while it is open.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>
    /// In a conference once two agents chat at the same time ("Chat API: Invite", "SMS Session API: Invite": 16 capabilities; docs/inferences.md#capabilities); a
    /// supervisor does not make one (Support/MockServer/README.md, "Supervision").
    /// </summary>
    public bool IsConference => ChattingParties.Count(p => p.SupervisorMode is null) >= 2;

    /// <summary>The participants list: the customer while present, then every chatting agent.</summary>
    public IEnumerable<Participant> Participants =>
        (CustomerPresent ? [Customer] : Array.Empty<Participant>())
            .Concat(ChattingParties.Select(p => p.AsParticipant()));

    public LogEntry Append(string type, Participant from, string visibility, DateTimeOffset at, string? text = null,
        string? url = null, string? noticeText = null)
    {
        var entry = new LogEntry(_nextIndex++, type, from, visibility, at, text, url, noticeText);
        Log.Add(entry);
        return entry;
    }

    public IEnumerable<LogEntry> LogVisibleToAgents() => Log;
}
