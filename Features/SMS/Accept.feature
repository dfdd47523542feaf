@api-sms @op-Accept @doc-SMSAccept
Feature: SMS Accept
  This request accepts an incoming SMS session ("SMS Session API: Accept"). The session moves from Invited to
  Chatting, the agent joins the participants under the nickname the customer will see, and the
  transcript so far is pushed to the agent as one message-log update. The notifications come in
  the sample's order: StatusChange (with the request's referenceId), ParticipantsUpdated,
  MessageLogUpdated. saveLAR (optional) records the agent for last-agent routing.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"

  @must @id-sms.accept.1
  Scenario: Accepting an offered SMS session starts the conversation
    When agent "Alice" accepts the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | none        | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "StatusChange" notification offers the capabilities:
      | capability  |
      | Complete    |
      | Leave       |
      | Transfer    |
      | SendMessage |
    And the "StatusChange" notification does not offer the capabilities:
      | capability |
      | Accept     |
      | Reject     |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |
    And the message-log update holds the entries:
      | type              | visibility | from         |
      | ParticipantJoined | All        | Customer Pat |
      | ParticipantJoined | All        | Agent Alice  |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the SMS session

  @informational @id-sms.accept.2
  Scenario: Probe the messageType of the StatusChange that follows Accept
    The sample's first notification has messageType "test_accept " (trailing space), where every
    other SMS state change says SMSsessionStateChangeMessage (docs/inferences.md#sms-accept-message-type). This records the
    messageType the target sends.
    When agent "Alice" accepts the SMS session
    Then the observation records the messageType of the first notification for the SMS session

  @must @id-sms.accept.3
  Scenario: The nickname parameter is the name the customer sees
    When agent "Alice" accepts the SMS session with:
      | parameter | value       |
      | nickname  | Alice Smith |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | none        | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname    |
      | Agent    | Alice Smith |
      | Customer | Pat         |
    And the message-log update holds the entries:
      | type              | visibility | from              |
      | ParticipantJoined | All        | Customer Pat      |
      | ParticipantJoined | All        | Agent Alice Smith |

  @must @id-sms.accept.4
  Scenario: The saveLAR parameter is accepted with either value
    The last-agent-routing record lives in the Contact Profile, which this API does not expose,
    so the observable contract is only that Accept succeeds as usual.
    When agent "Alice" accepts the SMS session with:
      | parameter | value |
      | saveLAR   | true  |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | none        | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |

  @should @id-sms.accept.5
  Scenario: Accepting without a nickname is refused as a missing parameter
    The page marks saveLAR "(optional)" and nickname not, so nickname reads as mandatory (docs/inferences.md#nickname-mandatory).
    When agent "Alice" attempts to accept the SMS session with:
      | parameter | value    |
      | nickname  | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.accept.6
  Scenario: Accepting an unknown SMS session is refused as not found
    When agent "Alice" attempts to accept an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.accept.7
  Scenario: Accepting an SMS session that is already accepted is refused for its state
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" attempts to accept the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.accept.8
  Scenario: An acceptance that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was, as in the Invite page's "Failed" sample.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" accepts the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state   |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Invited |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
