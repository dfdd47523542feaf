@api-sms @op-Reject @doc-SMSReject
Feature: SMS Reject
  An agent turns down an SMS session that was offered to them. The SMS session is finished for this agent (state
  Completed, no participants) and goes back to routing for another agent ("SMS Session API: Reject").
  Reject has no parameter besides operationName.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"

  @must @id-sms.reject.1
  Scenario: Rejecting an offered SMS session finishes it for the agent
    When agent "Alice" rejects the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | request     | Completed |
    And the "StatusChange" notification lists no participants
    And agent "Alice" receives no further notification for the SMS session

  @must @id-sms.reject.2
  Scenario: Rejecting an unknown SMS session is refused as not found
    When agent "Alice" attempts to reject an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.reject.3
  Scenario: Rejecting an SMS session that is already accepted is refused for its state
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" attempts to reject the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.reject.4
  Scenario: A rejection that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was, as in the Invite page's "Failed" sample.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" rejects the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state   |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Invited |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
