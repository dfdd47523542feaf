@api-sms @op-SendStopTypingToAgentsNotification @doc-SMSSendStartTypingToAgentsNotification
Feature: SMS SendStopTypingToAgentsNotification
  An agent in a conference tells the other agents only that they have stopped typing. Only the Start
  page is stored (SMS API: SendStartTypingToAgentsNotification); the Stop operation is listed as a
  capability and mirrors it with a TypingStopped entry with visibility Agents, so its success is
  graded @should.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session
    And agent "Alice" has invited agent "Bob" into the SMS session

  @should @id-sms.sendstoptypingtoagentsnotification.1
  Scenario: SendStopTypingToAgentsNotification reaches every agent of the conference
    When agent "Alice" performs "SendStopTypingToAgentsNotification" on the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type          | visibility | from        |
      | TypingStopped | Agents     | Agent Alice |
    And the message-log indices continue the transcript
    And agent "Bob" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type          | visibility | from        |
      | TypingStopped | Agents     | Agent Alice |
    And the message-log indices continue the transcript
    And agent "Bob" receives no further notification for the SMS session

  @should @id-sms.sendstoptypingtoagentsnotification.2
  Scenario: SendStopTypingToAgentsNotification never reaches the customer
    Visibility Agents: the entry is for the agents of the conference only, so the last thing the
    customer saw is still Bob joining; the mock's control API shows what the customer has seen.
    When agent "Alice" performs "SendStopTypingToAgentsNotification" on the SMS session
    Then the request succeeds
    And the customer sees no entry meant for agents only in the SMS session
    And the customer's transcript of the SMS session ends with the entries:
      | type              | visibility | from      |
      | ParticipantJoined | All        | Agent Bob |

  @must @id-sms.sendstoptypingtoagentsnotification.3
  Scenario: SendStopTypingToAgentsNotification on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "SendStopTypingToAgentsNotification" on an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendstoptypingtoagentsnotification.4
  Scenario: SendStopTypingToAgentsNotification on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "SendStopTypingToAgentsNotification" on the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.sendstoptypingtoagentsnotification.5
  Scenario: SendStopTypingToAgentsNotification that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "SendStopTypingToAgentsNotification" on the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
