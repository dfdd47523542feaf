@api-sms @op-DeleteUserData @doc-SMSDeleteUserData
Feature: SMS DeleteUserData
  An agent removes keys from the data of the SMS session (SMS API: DeleteUserData; the keys
  parameter is a list). The answer is a PropertiesUpdated notification with the request's
  referenceId and the userData without those keys.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.deleteuserdata.1
  Scenario: DeleteUserData removes the keys and answers with PropertiesUpdated
    When agent "Alice" performs "AttachUserData" on the SMS session with:
      | parameter | value                                   |
      | userData  | {"Subject":"Billing","Priority":"High"} |
    Then agent "Alice" receives a "PropertiesUpdated" notification for the SMS session with state "Chatting"
    When agent "Alice" performs "DeleteUserData" on the SMS session with:
      | parameter | value       |
      | keys      | ["Subject"] |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType  | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries no userData key "Subject"
    And the "PropertiesUpdated" notification carries the userData:
      | key      | value |
      | Priority | High  |

  @must @id-sms.deleteuserdata.2
  Scenario: DeleteUserData without keys is refused as a missing parameter
    When agent "Alice" attempts to perform "DeleteUserData" on the SMS session with:
      | parameter | value    |
      | keys      | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.deleteuserdata.3
  Scenario: DeleteUserData with keys that are not a list is refused as invalid
    keys is documented as an array of key names (the IM page takes a single key instead); a string
    is the wrong type here.
    When agent "Alice" attempts to perform "DeleteUserData" on the SMS session with:
      | parameter | value   |
      | keys      | Subject |
    Then the attempt is rejected with statusCode 10
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.deleteuserdata.4
  Scenario: DeleteUserData on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "DeleteUserData" on an unknown SMS session with:
      | parameter | value       |
      | keys      | ["Subject"] |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.deleteuserdata.5
  Scenario: DeleteUserData on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "DeleteUserData" on the SMS session with:
      | parameter | value       |
      | keys      | ["Subject"] |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.deleteuserdata.6
  Scenario: DeleteUserData that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "DeleteUserData" on the SMS session with:
      | parameter | value       |
      | keys      | ["Subject"] |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
