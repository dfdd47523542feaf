namespace Conformance.MockServer.Hosting;

/// <summary>
/// Named ways to break the mock on purpose, so a run against a broken variant proves the suite notices
/// (deliberate deviations, so the suite can be shown to catch each one). Each one is off by default.
/// </summary>
public enum Deviation
{
    /// <summary>Notifications omit the <c>referenceId</c> of the request that caused them.</summary>
    DropReferenceId,

    /// <summary>No MessageLogUpdated notification is published.</summary>
    SkipMessageLogUpdated,

    /// <summary>Each operation's notifications reach each agent in reverse order.</summary>
    WrongOrder,

    /// <summary>Log entries with visibility Agents also reach the customer.</summary>
    LeakAgentsVisibility,

    /// <summary>Synchronous errors carry a different statusCode than documented.</summary>
    WrongStatusCode,

    /// <summary>Operations are accepted in any state, whatever the capabilities say.</summary>
    IgnoreCapabilities,

    /// <summary><c>timestampSeconds</c> holds seconds instead of the documented milliseconds.</summary>
    TimestampInSeconds,

    /// <summary>Transfer leaves the sender Chatting, without its StatusChange Completed (conference and routing).</summary>
    TransferKeepsSender,

    /// <summary>SendToAgents and the other "to agents" operations write entries visible to All (messaging).</summary>
    AgentsMessagesToAll,

    /// <summary>SetDisposition writes under the default key whatever dispositionKey says (user data).</summary>
    DispositionKeyIgnored,

    /// <summary>The uri and path that notifications hand out answer 404, as /api/v2/chats/{id} once did (resources).</summary>
    ResourceLinksUnresolved,

    /// <summary>Log entry timestamps and receivedDate in ISO 8601 UTC (<c>2014-01-02T22:23:18Z</c>) instead of <c>yyyy-MM-dd'T'HH:mm:ss.SSSZ</c>.</summary>
    TimestampIsoUtc,

    /// <summary>participantIds in lower-case hexadecimal instead of the documented upper case.</summary>
    ParticipantIdLowerCase,

    /// <summary>Chat and SMS capabilities also list a word no page names (<c>Hold</c>).</summary>
    UnknownCapabilityWord,

    /// <summary>Resource uris carry <c>/me</c> (<c>…/api/v2/me/chats/{id}</c>); the docs' uris never do.</summary>
    UriWithMe,

    /// <summary>A supervisor who is not barging in still shows up in the customer's transcript (its ParticipantJoined).</summary>
    SupervisorVisibleToCustomer,

    /// <summary>A supervisor's copy goes to Completed, not Revoked, when the session completes or is queued.</summary>
    SupervisorNotRevoked,

    /// <summary>A coaching supervisor's messages get visibility All and reach the customer.</summary>
    CoachMessagesReachCustomer,

    /// <summary>IM AttachedDataChanged omits the last key the request attached or updated.</summary>
    ImUserDataKeyDropped,

    /// <summary>ChannelStateChangeMessageV2 reports the channel's state from before the change.</summary>
    ChannelStateStale,

    /// <summary>Ready and NotReady change the state but publish no ChannelStateChangeMessageV2.</summary>
    SkipChannelStateChange,
}
