namespace Conformance.MockServer.Hosting;

/// <summary>
/// What each <see cref="Deviation"/> breaks and where the suite can see it. The kill matrix runs the suite
/// once per entry (restricted to <see cref="DeviationEntry.Scope"/>) and expects a scenario to fail; a
/// deviation without an entry is refused by the catalogue's own test.
/// </summary>
public static class DeviationCatalog
{
    private static readonly string[] Interactions = [Scopes.Chat, Scopes.Sms];
    private static readonly string[] Everything = [];

    public static IReadOnlyList<DeviationEntry> All { get; } =
    [
        new(Deviation.DropReferenceId, DeviationClass.ReferenceId,
            "Chat API: Accept and every asynchronous operation: the notifications an operation causes carry the request's referenceId.",
            Everything),
        new(Deviation.SkipMessageLogUpdated, DeviationClass.NotificationDropped,
            "Chat API: Accept, Invite, SendMessage: each change to the transcript is pushed as MessageLogUpdated / NewMessages.",
            Interactions),
        new(Deviation.WrongOrder, DeviationClass.NotificationReordered,
            "Chat API: Accept: StatusChange, then ParticipantsUpdated, then MessageLogUpdated, in that order.",
            Interactions),
        new(Deviation.LeakAgentsVisibility, DeviationClass.Leak,
            "Chat API: SendMessage / SendToAgents: entries with visibility Agents are never shown to the customer.",
            Interactions),
        new(Deviation.WrongStatusCode, DeviationClass.StatusCode,
            "Genesys Web Services: Error codes: a refused request carries the documented statusCode (1 missing parameter, 2 wrong state, 6 not found).",
            Everything),
        new(Deviation.IgnoreCapabilities, DeviationClass.Capabilities,
            "Chat API: capabilities: an operation absent from the interaction's capabilities is refused with statusCode 2.",
            Everything),
        new(Deviation.TimestampInSeconds, DeviationClass.Formats,
            "Chat API: MessageLogUpdated: timestampSeconds is a number of milliseconds since the epoch.",
            Interactions),
    ];

    /// <summary>The entry of one deviation.</summary>
    /// <exception cref="KeyNotFoundException">The deviation has no catalogue entry.</exception>
    public static DeviationEntry Of(Deviation deviation) =>
        All.FirstOrDefault(e => e.Deviation == deviation)
        ?? throw new KeyNotFoundException($"Deviation {deviation} has no entry in {nameof(DeviationCatalog)}");

    /// <summary>The suite categories a scope names (the feature tags of each API section).</summary>
    public static class Scopes
    {
        public const string Chat = "api-chat";
        public const string Sms = "api-sms";
        public const string Im = "api-im";
    }
}
