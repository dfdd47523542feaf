@api-sms @op-LeaveAndComplete @doc-SMSResources
Feature: SMS LeaveAndComplete
  LeaveAndComplete is a capability word with no page: only the SMS resource sample lists it, while
  chatting. Read as Leave and then Complete in one step, the agent's SMS session would complete with
  the request's referenceId; that is inferred, so the behaviour is graded @should and the capability
  list is probed.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @informational @id-sms.leaveandcomplete.1
  Scenario: Probe whether a chatting agent's SMS session offers LeaveAndComplete
    The SMS resource sample lists LeaveAndComplete; no other source names it.
    When agent "Alice" probes "LeaveAndComplete" on the SMS session at the path "/api/v2/me/smssessions/{id}" with:
      | parameter | value    |
      | (none)    | (absent) |
    Then the observation records the response and the notifications that followed

  @should @id-sms.leaveandcomplete.2
  Scenario: LeaveAndComplete completes a lone agent's SMS session at once
    When agent "Alice" performs "LeaveAndComplete" on the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | request     | Completed |
    And agent "Alice" receives no further notification for the SMS session

  @should @id-sms.leaveandcomplete.3
  Scenario: LeaveAndComplete on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "LeaveAndComplete" on an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.leaveandcomplete.4
  Scenario: LeaveAndComplete on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "LeaveAndComplete" on the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.leaveandcomplete.5
  Scenario: LeaveAndComplete that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "LeaveAndComplete" on the SMS session
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
