@api-sms @op-SendCustomNotice @doc-SMSSendCustomNotice
Feature: SMS SendCustomNotice
  An agent posts a custom notice in the SMS session (SMS API: SendCustomNotice): a CustomNotice
  entry visible to All, with the text in noticeText.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.sendcustomnotice.1
  Scenario: SendCustomNotice adds a CustomNotice entry every party sees
    When agent "Alice" performs "SendCustomNotice" on the SMS session with:
      | parameter  | value                  |
      | noticeText | Your case number is 42 |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type         | visibility | from        | text                   |
      | CustomNotice | All        | Agent Alice | Your case number is 42 |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.sendcustomnotice.2
  Scenario: The customer sees the CustomNotice entry of SendCustomNotice
    Visibility All means the customer's side receives the entry too; the mock's control API shows
    what the customer has seen.
    When agent "Alice" performs "SendCustomNotice" on the SMS session with:
      | parameter  | value                  |
      | noticeText | Your case number is 42 |
    Then the request succeeds
    And the customer's transcript of the SMS session ends with the entries:
      | type         | visibility | from        | text                   |
      | CustomNotice | All        | Agent Alice | Your case number is 42 |

  @must @id-sms.sendcustomnotice.3
  Scenario: SendCustomNotice without noticeText is refused as a missing parameter
    When agent "Alice" attempts to perform "SendCustomNotice" on the SMS session with:
      | parameter  | value    |
      | noticeText | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendcustomnotice.4
  Scenario: SendCustomNotice on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "SendCustomNotice" on an unknown SMS session with:
      | parameter  | value                  |
      | noticeText | Your case number is 42 |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendcustomnotice.5
  Scenario: SendCustomNotice on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "SendCustomNotice" on the SMS session with:
      | parameter  | value                  |
      | noticeText | Your case number is 42 |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.sendcustomnotice.6
  Scenario: SendCustomNotice that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "SendCustomNotice" on the SMS session with:
      | parameter  | value                  |
      | noticeText | Your case number is 42 |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
