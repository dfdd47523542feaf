@api-sms @op-Leave @doc-SMSLeave
Feature: SMS Leave
  An agent leaves an SMS session. Alone with the customer, the customer's session ends and the agent stays
  in LeftChat to wrap up; in a conference the agent goes to Completed and the others carry on
  ("SMS Session API: Leave" takes no parameter; docs/inferences.md#leave-in-conference).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"

  @must @id-sms.leave.1
  Scenario: Leaving a one-agent SMS session leaves the agent in LeftChat
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" leaves the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | request     | LeftChat |

  @should @id-sms.leave.2
  Scenario: Leaving a conference completes the SMS session for the leaver only
    The page documents the leaver's Completed; what the agent who stays receives is inferred
    (docs/inferences.md#leave-in-conference): ParticipantsUpdated without the leaver, then ParticipantLeft.
    Given agent "Bob" is signed in and listening for notifications
    And agent "Alice" has accepted the SMS session
    And agent "Alice" has invited agent "Bob" into the SMS session
    When agent "Bob" leaves the SMS session
    Then the request succeeds
    And agent "Bob" receives a "StatusChange" notification for the SMS session with state "Completed"
    And agent "Alice" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |

  @must @id-sms.leave.3
  Scenario: Leaving an unknown SMS session is refused as not found
    When agent "Alice" attempts to leave an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.leave.4
  Scenario: Leaving an SMS session that was never accepted is refused for its state
    When agent "Alice" attempts to leave the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.leave.5
  Scenario: A departure that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was, as in the Invite page's "Failed" sample.
    Given agent "Alice" has accepted the SMS session
    And the next operation on the SMS session fails in the backend
    When agent "Alice" leaves the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
