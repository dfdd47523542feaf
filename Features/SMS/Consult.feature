@api-sms @op-Consult @doc-SMSConsult
Feature: SMS Consult
  An agent who is chatting asks another agent for advice (SMS API: Consult). The consultant is
  offered the SMS session and, once they accept, joins it for the agents only: the customer does not
  see the consultant, and the consultant's messages reach the agents only. The request is answered
  at once with a referenceId; a consultation that cannot be delivered is reported by an Error
  notification with that referenceId and the SMS session unchanged.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.consult.1
  Scenario: Consulting an agent brings them in where only the agents see them
    When agent "Alice" performs "Consult" on the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the SMS session
    When agent "Bob" accepts the SMS session
    Then agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Bob      |
      | Customer | Pat      |
    And the "ParticipantsUpdated" notification offers the capabilities:
      | capability                          |
      | SendToAgents                        |
      | SendStartTypingToAgentsNotification |
      | SendStopTypingToAgentsNotification  |
    And the message-log indices continue the transcript
    And the customer sees nothing from agent "Bob" in the SMS session

  @should @id-sms.consult.2
  Scenario: The consultant joins with visibility Agents
    The shared Invite/Consult sample prints a ParticipantJoined visible to All; client code shows a
    consultant with visibility Agents, which is what keeps them from the customer.
    When agent "Alice" performs "Consult" on the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    And agent "Bob" accepts the SMS session
    Then agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the message-log update holds the entries:
      | type              | visibility | from      |
      | ParticipantJoined | Agents     | Agent Bob |
    And the customer sees no entry meant for agents only in the SMS session

  @must @id-sms.consult.3
  Scenario: The consultant's messages reach the agents only
    Given agent "Alice" has consulted agent "Bob" on the SMS session
    When agent "Bob" sends the message "Offer the discount" in the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from      | text               |
      | Text | Agents     | Agent Bob | Offer the discount |
    And the customer sees nothing from agent "Bob" in the SMS session

  @must @id-sms.consult.4
  Scenario: Consult without targetUri or targetPath is refused as a missing parameter
    The SMS page asks for one of targetUri and targetPath.
    When agent "Alice" attempts to perform "Consult" on the SMS session with:
      | parameter | value    |
      | targetUri | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.consult.5
  Scenario: Consulting by targetPath offers the SMS session to the agent
    When agent "Alice" performs "Consult" on the SMS session with:
      | parameter  | value               |
      | targetPath | path of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the SMS session

  @must @id-sms.consult.6
  Scenario: Consult on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "Consult" on an unknown SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.consult.7
  Scenario: Consult on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "Consult" on the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.consult.8
  Scenario: A consultation that cannot be delivered is reported as an Error with the SMS session unchanged
    Given agent "Carol" is not signed in
    When agent "Alice" performs "Consult" on the SMS session with:
      | parameter | value                |
      | targetUri | uri of agent "Carol" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.consult.9
  Scenario: Consult that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "Consult" on the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
