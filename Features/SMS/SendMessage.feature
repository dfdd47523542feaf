@api-sms @op-SendMessage @doc-SMSSend
Feature: SMS SendMessage
  An agent sends a text message to everyone in the SMS session. It is appended to the transcript and pushed
  as a message-log entry of type Text, visible to All ("SMS Session API: SendMessage" takes only text).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"

  @must @id-sms.sendmessage.1
  Scenario: Sending a message appends it to the transcript
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" sends the message "Hello, how can I help?" in the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from        | text                   |
      | Text | All        | Agent Alice | Hello, how can I help? |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the SMS session

  @must @id-sms.sendmessage.2
  Scenario: Sending without text is refused as a missing parameter
    Given agent "Alice" has accepted the SMS session
    When agent "Alice" attempts to send a message in the SMS session with:
      | parameter | value    |
      | text      | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendmessage.3
  Scenario: Sending in an unknown SMS session is refused as not found
    When agent "Alice" attempts to send the message "Hi" in an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendmessage.4
  Scenario: Sending in an SMS session that was never accepted is refused for its state
    When agent "Alice" attempts to send the message "Hi" in the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.sendmessage.5
  Scenario: A message that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was, as in the Invite page's "Failed" sample.
    Given agent "Alice" has accepted the SMS session
    And the next operation on the SMS session fails in the backend
    When agent "Alice" sends the message "Hello" in the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
