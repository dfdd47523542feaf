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

    // The deviations below are applied in one place, DeviationFilters: to each outgoing notification
    // before it is published, and to each synchronous answer before it is written.

    /// <summary>StatusChange notifications (chat, SMS, IM) are never sent.</summary>
    DropStatusChange,

    /// <summary>ParticipantsUpdated notifications are never sent.</summary>
    DropParticipantsUpdated,

    /// <summary>PropertiesUpdated notifications (user data, disposition) are never sent.</summary>
    DropPropertiesUpdated,

    /// <summary>IMLogUpdateMessage notifications are never sent.</summary>
    DropImLogUpdate,

    /// <summary>IM AttachedDataChanged notifications are never sent.</summary>
    DropAttachedDataChanged,

    /// <summary>Error notifications (an accepted request that failed) are never sent.</summary>
    DropErrorNotification,

    /// <summary>Every StatusChange notification is delivered twice.</summary>
    DuplicateStatusChange,

    /// <summary>Every MessageLogUpdated notification is delivered twice.</summary>
    DuplicateMessageLogUpdated,

    /// <summary>Every IMLogUpdateMessage is delivered twice.</summary>
    DuplicateImLogUpdate,

    /// <summary>A ParticipantsUpdated that follows a StatusChange in one operation is delivered before it.</summary>
    ParticipantsUpdatedBeforeStatusChange,

    /// <summary>Error notifications are held back past the client's deadline (<see cref="MockServerOptions.DeviationDelay"/>).</summary>
    DelayErrorNotification,

    /// <summary>IMLogUpdateMessage notifications are held back past the client's deadline.</summary>
    DelayImLogUpdate,

    /// <summary>Notifications go out on another medium's topic (chat on the SMS topic, SMS and IM on the chat topic).</summary>
    WrongChannel,

    /// <summary>The SMS messageType is spelled <c>SMSSessionStateChangeMessage</c> (capital S) instead of the documented <c>SMSsessionStateChangeMessage</c>.</summary>
    SmsMessageTypeCapitalS,

    /// <summary>State-change messageTypes lose their <c>Message</c> suffix (<c>ChatStateChange</c>, <c>IMSessionStateChange</c>).</summary>
    StateMessageTypeWithoutSuffix,

    /// <summary>StatusChange notifications carry notificationType <c>StateChange</c>.</summary>
    StatusChangeMislabelled,

    /// <summary>MessageLogUpdated carries notificationType <c>NewMessage</c> (the IM word) instead of <c>NewMessages</c>.</summary>
    MessageLogNewMessageSingular,

    /// <summary>IMLogUpdateMessage carries notificationType <c>NewMessages</c> (the chat word) instead of <c>NewMessage</c>.</summary>
    ImLogNewMessagesPlural,

    /// <summary>The resource in a notification carries another id than the interaction's.</summary>
    WrongResourceId,

    /// <summary>The resource's state is spelled in lower case (<c>chatting</c>, <c>talking</c>).</summary>
    StateLowerCase,

    /// <summary>Notifications carry a referenceId one above the request's.</summary>
    WrongReferenceId,

    /// <summary>The request's referenceId also appears on the notifications that must carry none (ParticipantsUpdated, MessageLogUpdated).</summary>
    ReferenceIdOnEveryNotification,

    /// <summary>The notifications' referenceId is a string (<c>"5"</c>) instead of a number.</summary>
    ReferenceIdAsString,

    /// <summary>The answer to an accepted asynchronous request carries no referenceId.</summary>
    AcceptedWithoutReferenceId,

    /// <summary>The customer is missing from the participants of chat and SMS notifications.</summary>
    DropCustomerParticipant,

    /// <summary>Participants list an extra agent who never joined.</summary>
    ExtraParticipant,

    /// <summary>Participant types in lower case (<c>agent</c>, <c>customer</c>).</summary>
    ParticipantTypeLowerCase,

    /// <summary>Participants' nicknames are upper-cased, not the names chosen.</summary>
    NicknameUpperCase,

    /// <summary>Supervisors are listed among the participants with visibility All, whatever their mode.</summary>
    SupervisorParticipantVisibleToAll,

    /// <summary>The IM participant's phone number is not the other agent's.</summary>
    ImParticipantWrongNumber,

    /// <summary>Chat and SMS capabilities lose SendMessage (or, where it is not offered, their last operation).</summary>
    CapabilityDropped,

    /// <summary>Chat and SMS capabilities offer Accept in every state, not only Invited.</summary>
    AcceptOfferedInEveryState,

    /// <summary>IM capabilities lose SendMessage (or, where it is not offered, their last operation).</summary>
    ImCapabilityDropped,

    /// <summary>Message-log entry types with a lower-case first letter (<c>text</c>, <c>participantJoined</c>).</summary>
    LogEntryTypeWrong,

    /// <summary>Message-log entries' text is upper-cased.</summary>
    LogTextAltered,

    /// <summary>Message-log entries name the wrong kind of sender (an agent's entry from a Customer and vice versa).</summary>
    LogSenderWrong,

    /// <summary>Message-log entries meant for the agents (visibility Agents) are labelled All in notifications.</summary>
    LogVisibilityWrong,

    /// <summary>Each message-log update numbers its entries from the interaction's first index again.</summary>
    LogIndexRestarts,

    /// <summary>Each message-log update after the first starts at the index the previous one ended with.</summary>
    LogIndexRepeats,

    /// <summary>The entries of one message-log update are numbered downwards.</summary>
    LogIndexDescending,

    /// <summary>IMLogUpdateMessage text is upper-cased.</summary>
    ImLogTextAltered,

    /// <summary>Log entry timestamps without milliseconds (<c>2014-01-02T14:23:18-0800</c>).</summary>
    TimestampWithoutMilliseconds,

    /// <summary>Log entry timestamps with a colon in the offset (<c>…18.109-08:00</c>).</summary>
    TimestampOffsetWithColon,

    /// <summary>timestampSeconds is a string instead of a number.</summary>
    TimestampSecondsAsString,

    /// <summary>receivedDate is a number of milliseconds instead of a timestamp string.</summary>
    ReceivedDateAsNumber,

    /// <summary>Resource uris are relative (the path) instead of absolute.</summary>
    UriRelative,

    /// <summary>Error notifications carry no errorMessage.</summary>
    ErrorWithoutErrorMessage,

    /// <summary>Error notifications report the resource as Completed instead of unchanged.</summary>
    ErrorChangesResource,

    /// <summary>Refused requests are answered without statusMessage.</summary>
    ErrorWithoutStatusMessage,

    /// <summary>Refused requests are answered statusCode 0 (nothing happens).</summary>
    RefusalAnsweredAsSuccess,

    /// <summary>A refused request's statusCode is a string (<c>"2"</c>) instead of a number.</summary>
    StatusCodeAsString,

    /// <summary>A missing parameter is answered statusCode 10 instead of 1.</summary>
    MissingParameterAsInvalidInput,

    /// <summary>An unknown resource is answered statusCode 10 instead of 6.</summary>
    NotFoundAsInvalidInput,

    /// <summary>A parameter with a wrong value is answered statusCode 1 instead of 10.</summary>
    InvalidInputAsMissingParameter,

    /// <summary>Every chat, SMS and IM notification is also delivered to every other user of the directory.</summary>
    LeakToOtherAgents,

    /// <summary>Basic credentials with a known user name are accepted whatever the password.</summary>
    AcceptAnyPassword,

    /// <summary>A request without valid credentials is answered statusCode 3 (operation forbidden) instead of 20 "Access denied".</summary>
    WrongStatusCodeForUnauthenticated,

    /// <summary>The notifications endpoint (CometD) lets a client without credentials handshake, as an anonymous user.</summary>
    NoAuthOnNotifications,

    /// <summary>No JSESSIONID cookie is ever set: every request stands alone.</summary>
    NoSessionCookie,

    /// <summary>A JSESSIONID sent without credentials is not honoured: the request is refused statusCode 20.</summary>
    IgnoreSessionCookie,

    /// <summary>Every sign-in joins the first HTTP session opened: the second agent acts, and is notified, as the first.</summary>
    SharedSessionAcrossAgents,

    /// <summary>With CSRF protection on, a write without the session's CSRF token is accepted instead of refused with HTTP 403.</summary>
    CsrfNotEnforced,

    /// <summary>With CSRF protection on, a GET answers without the X-CSRF-HEADER and X-CSRF-TOKEN headers, so no client can learn the token.</summary>
    CsrfTokenNotHandedOut,
}
