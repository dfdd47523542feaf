@api-sms @op-Complete @doc-SMSComplete
Feature: SMS Complete
  An agent ends an SMS session for everyone: the customer's session closes and the SMS session moves to Completed.
  With queueName the SMS session is placed in that queue instead of being dropped. SMS Complete takes
  only queueName and saveLAR ("SMS Session API: Complete").

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"

  @must @id-sms.complete.1
  Scenario: Completing an SMS session ends it
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" completes the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | any         | Completed |
    And agent "Alice" receives no further notification for the SMS session

  @must @id-sms.complete.2
  Scenario: The queueName parameter places the completed SMS session in a queue
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" completes the SMS session with:
      | parameter | value                   |
      | queueName | a queue no agent serves |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | any         | Completed |

  @must @id-sms.complete.3
  Scenario: The saveLAR parameter is accepted with either value
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" completes the SMS session with:
      | parameter | value |
      | saveLAR   | false |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | any         | Completed |

  @must @id-sms.complete.4
  Scenario: Completing an unknown SMS session is refused as not found
    When agent "Alice" attempts to complete an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.complete.5
  Scenario: Completing an SMS session that is already completed is refused for its state
    Given agent "Alice" has accepted the SMS session
    And agent "Alice" has completed the SMS session
    When agent "Alice" attempts to complete the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.complete.6
  Scenario: A completion that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was, as in the Invite page's "Failed" sample.
    Given agent "Alice" has accepted the SMS session
    And the next operation on the SMS session fails in the backend
    When agent "Alice" completes the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
