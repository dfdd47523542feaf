@api-sms @op-SetDisposition @doc-SMSSetDisposition
Feature: SMS SetDisposition
  An agent records the outcome of the SMS session (SMS API: SetDisposition). The disposition is
  written into userData under dispositionKey, or under the server's disposition key when none is
  given, and the answer is a PropertiesUpdated notification with the request's referenceId.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.setdisposition.1
  Scenario: SetDisposition with a dispositionKey writes the disposition under that key
    When agent "Alice" performs "SetDisposition" on the SMS session with:
      | parameter      | value           |
      | dispositionKey | DispositionCode |
      | disposition    | IssueResolved   |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType  | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key             | value         |
      | DispositionCode | IssueResolved |

  @must @id-sms.setdisposition.2
  Scenario: SetDisposition writes under the dispositionKey it is given
    When agent "Alice" performs "SetDisposition" on the SMS session with:
      | parameter      | value       |
      | dispositionKey | CallOutcome |
      | disposition    | Sold        |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType  | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key         | value |
      | CallOutcome | Sold  |
    And the "PropertiesUpdated" notification carries no userData key "DispositionCode"

  @should @id-sms.setdisposition.3
  Scenario: SetDisposition without a dispositionKey writes under the default key
    Without dispositionKey the server's disposition key applies; the user settings sample names it
    DispositionCode (interaction.disposition.key-name), which a differently configured server may
    change.
    When agent "Alice" performs "SetDisposition" on the SMS session with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType  | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key             | value         |
      | DispositionCode | IssueResolved |

  @must @id-sms.setdisposition.4
  Scenario: SetDisposition without disposition is refused as a missing parameter
    When agent "Alice" attempts to perform "SetDisposition" on the SMS session with:
      | parameter   | value    |
      | disposition | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.setdisposition.5
  Scenario: SetDisposition on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "SetDisposition" on an unknown SMS session with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.setdisposition.6
  Scenario: SetDisposition on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "SetDisposition" on the SMS session with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.setdisposition.7
  Scenario: SetDisposition that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "SetDisposition" on the SMS session with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
