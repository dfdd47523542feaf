@api-sms @op-SendStartTypingNotification @doc-SMSSendStartTypingNotification
Feature: SMS SendStartTypingNotification
  An agent tells everyone in the SMS session that they have started typing (SMS API:
  SendStartTypingNotification). The request takes no parameter; the transcript gains a TypingStarted
  entry visible to All, pushed as a message-log update with no state change.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.sendstarttypingnotification.1
  Scenario: SendStartTypingNotification adds a TypingStarted entry every party sees
    When agent "Alice" performs "SendStartTypingNotification" on the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type          | visibility | from        |
      | TypingStarted | All        | Agent Alice |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.sendstarttypingnotification.2
  Scenario: The customer sees the TypingStarted entry of SendStartTypingNotification
    Visibility All means the customer's side receives the entry too; the mock's control API shows
    what the customer has seen.
    When agent "Alice" performs "SendStartTypingNotification" on the SMS session
    Then the request succeeds
    And the customer's transcript of the SMS session ends with the entries:
      | type          | visibility | from        |
      | TypingStarted | All        | Agent Alice |

  @must @id-sms.sendstarttypingnotification.3
  Scenario: SendStartTypingNotification on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "SendStartTypingNotification" on an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendstarttypingnotification.4
  Scenario: SendStartTypingNotification on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "SendStartTypingNotification" on the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.sendstarttypingnotification.5
  Scenario: SendStartTypingNotification that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "SendStartTypingNotification" on the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
