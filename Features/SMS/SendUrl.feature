@api-sms @op-SendUrl @doc-SMSSendUrl
Feature: SMS SendUrl
  An agent pushes a web page to the customer (SMS API: SendUrl). The transcript gains a PushUrl
  entry visible to All, with the address in its url field. (The page's sample sends one address and
  shows another in the notification; the address sent is expected back.)

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.sendurl.1
  Scenario: SendUrl adds a PushUrl entry every party sees
    When agent "Alice" performs "SendUrl" on the SMS session with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type    | visibility | from        | text                   |
      | PushUrl | All        | Agent Alice | http://www.genesys.com |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.sendurl.2
  Scenario: The customer sees the PushUrl entry of SendUrl
    Visibility All means the customer's side receives the entry too; the mock's control API shows
    what the customer has seen.
    When agent "Alice" performs "SendUrl" on the SMS session with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the request succeeds
    And the customer's transcript of the SMS session ends with the entries:
      | type    | visibility | from        | text                   |
      | PushUrl | All        | Agent Alice | http://www.genesys.com |

  @must @id-sms.sendurl.3
  Scenario: SendUrl without url is refused as a missing parameter
    When agent "Alice" attempts to perform "SendUrl" on the SMS session with:
      | parameter | value    |
      | url       | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendurl.4
  Scenario: SendUrl on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "SendUrl" on an unknown SMS session with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendurl.5
  Scenario: SendUrl on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "SendUrl" on the SMS session with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.sendurl.6
  Scenario: SendUrl that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "SendUrl" on the SMS session with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
