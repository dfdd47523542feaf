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
        new(Deviation.TransferKeepsSender, DeviationClass.NotificationDropped,
            "Chat API: Transfer / SMS Session API: Transfer: the transferring agent's session ends with StatusChange Completed.",
            Interactions),
        new(Deviation.AgentsMessagesToAll, DeviationClass.Leak,
            "Chat API: SendToAgents, SendCustomNoticeToAgents and the typing-to-agents notifications: the entry is visible to the agents only (visibility Agents), never to the customer.",
            Interactions),
        new(Deviation.DispositionKeyIgnored, DeviationClass.Behaviour,
            "Chat API: SetDisposition: dispositionKey names the userData key under which the disposition is stored.",
            Interactions),
        new(Deviation.ResourceLinksUnresolved, DeviationClass.WrongNotificationContent,
            "SMS Session API: Resources / Chat API: the uri and path a notification hands out resolve with a GET.",
            Interactions),
        new(Deviation.TimestampIsoUtc, DeviationClass.Formats,
            "Chat API: MessageLogUpdated: a log entry's timestamp has the form yyyy-MM-dd'T'HH:mm:ss.SSSZ.",
            Interactions),
        new(Deviation.ParticipantIdLowerCase, DeviationClass.Formats,
            "Chat API: ParticipantsUpdated: participantId is 16 upper-case hexadecimal digits, as every sample prints it.",
            Interactions),
        new(Deviation.UnknownCapabilityWord, DeviationClass.Capabilities,
            "Chat API / SMS Session API: capabilities lists only operation names the pages document.",
            Interactions),
        new(Deviation.UriWithMe, DeviationClass.Formats,
            "Chat API: the resource uri is <base>/api/v2/chats/{id}, without /me.",
            Interactions),
        new(Deviation.SupervisorVisibleToCustomer, DeviationClass.Leak,
            "Chat API: Monitor / Coach: a monitoring supervisor is seen only by other supervisors, a coaching one only by the agents, never by the customer.",
            Interactions),
        new(Deviation.SupervisorNotRevoked, DeviationClass.WrongNotificationContent,
            "Chat API: Monitor, Coach, Barge In: when the chat is completed or queued, the supervisor's copy goes to state Revoked.",
            Interactions),
        new(Deviation.CoachMessagesReachCustomer, DeviationClass.Leak,
            "Chat API: Coach: only the agent sees the coaching supervisor's messages (visibility Agents).",
            Interactions),
        new(Deviation.ImUserDataKeyDropped, DeviationClass.WrongNotificationContent,
            "IM Session API: AttachUserData / UpdateUserData: the AttachedDataChanged notification carries the data attached.",
            [Scopes.Im]),
        new(Deviation.ChannelStateStale, DeviationClass.WrongNotificationContent,
            "Web Services API: Ready / NotReady: ChannelStateChangeMessageV2 carries the channel's new userState.",
            [Scopes.Agent]),
        new(Deviation.SkipChannelStateChange, DeviationClass.NotificationDropped,
            "Web Services API: Ready / NotReady: each change of a channel's state is notified on /v2/me/channels.",
            [Scopes.Agent]),
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
        public const string Agent = "api-agent";
    }
}
