@api-sms @op-Transfer @doc-SMSResources
Feature: SMS Transfer
  An agent hands the SMS session to another agent, named by targetUri, or to a queue, named by
  queueName; exactly one of the two is given (SMS API: Transfer). The page's Notifications section
  is empty: that the sender's SMS session completes with the request's referenceId and the target
  agent is offered it is inferred, so those scenarios are graded @should. No SMS Transfer page
  exists; the SMS resource lists Transfer as a capability, and the parameters are the chat page's.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @should @id-sms.transfer.1
  Scenario: Transferring to an agent completes the sender's SMS session and offers it to the target
    When agent "Alice" performs "Transfer" on the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | request     | Completed |
    And agent "Bob" is offered the SMS session
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.transfer.2
  Scenario: Transferring to a queue completes the sender's SMS session
    The SMS session waits in the queue, which no agent serves, so no other agent is offered it.
    When agent "Alice" performs "Transfer" on the SMS session with:
      | parameter | value                   |
      | queueName | a queue no agent serves |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | request     | Completed |
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.transfer.3
  Scenario: Transfer without a targetUri or queueName is refused as a missing parameter
    When agent "Alice" attempts to perform "Transfer" on the SMS session with:
      | parameter | value    |
      | targetUri | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.transfer.4
  Scenario: Transfer with both a targetUri and a queueName is refused as invalid
    The page asks for one of the two; both at once is read as invalid input.
    When agent "Alice" attempts to perform "Transfer" on the SMS session with:
      | parameter | value                   |
      | targetUri | uri of agent "Bob"      |
      | queueName | a queue no agent serves |
    Then the attempt is rejected with statusCode 10
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.transfer.5
  Scenario: Transfer on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "Transfer" on an unknown SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.transfer.6
  Scenario: Transfer on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "Transfer" on the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.transfer.7
  Scenario: A transfer the target cannot take is reported as an Error with the SMS session unchanged
    Given agent "Carol" is not signed in
    When agent "Alice" performs "Transfer" on the SMS session with:
      | parameter | value                |
      | targetUri | uri of agent "Carol" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged

  @should @id-sms.transfer.8
  Scenario: Transfer that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "Transfer" on the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
