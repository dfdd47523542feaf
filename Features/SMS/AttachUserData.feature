@api-sms @op-AttachUserData @doc-SMSAttachUserData
Feature: SMS AttachUserData
  An agent attaches key-value data to the SMS session (SMS API: AttachUserData). The answer is a
  PropertiesUpdated notification with the request's referenceId and the whole userData, which
  carries every property of the interaction, not only the client's keys.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.attachuserdata.1
  Scenario: AttachUserData answers with PropertiesUpdated carrying the whole userData
    When agent "Alice" performs "AttachUserData" on the SMS session with:
      | parameter | value                                   |
      | userData  | {"Subject":"Billing","Priority":"High"} |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType  | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key      | value   |
      | Subject  | Billing |
      | Priority | High    |
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.attachuserdata.2
  Scenario: Every agent of a conference receives the PropertiesUpdated of AttachUserData
    The page shows the acting agent's notification; that the other agents of the session learn of
    the change the same way, without the referenceId, is inferred.
    Given agent "Bob" is signed in and listening for notifications
    And agent "Alice" has invited agent "Bob" into the SMS session
    When agent "Alice" performs "AttachUserData" on the SMS session with:
      | parameter | value                                   |
      | userData  | {"Subject":"Billing","Priority":"High"} |
    Then the request succeeds
    And agent "Bob" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType  | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | PropertiesUpdated | none        | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key     | value   |
      | Subject | Billing |

  @must @id-sms.attachuserdata.3
  Scenario: AttachUserData without userData is refused as a missing parameter
    When agent "Alice" attempts to perform "AttachUserData" on the SMS session with:
      | parameter | value    |
      | userData  | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.attachuserdata.4
  Scenario: AttachUserData with a userData that is not an object is refused as invalid
    userData is documented as an object of key-value pairs; a string is the wrong type.
    When agent "Alice" attempts to perform "AttachUserData" on the SMS session with:
      | parameter | value   |
      | userData  | Billing |
    Then the attempt is rejected with statusCode 10
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.attachuserdata.5
  Scenario: AttachUserData on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "AttachUserData" on an unknown SMS session with:
      | parameter | value                                   |
      | userData  | {"Subject":"Billing","Priority":"High"} |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.attachuserdata.6
  Scenario: AttachUserData on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "AttachUserData" on the SMS session with:
      | parameter | value                                   |
      | userData  | {"Subject":"Billing","Priority":"High"} |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.attachuserdata.7
  Scenario: AttachUserData that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "AttachUserData" on the SMS session with:
      | parameter | value                                   |
      | userData  | {"Subject":"Billing","Priority":"High"} |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
