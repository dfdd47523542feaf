@api-sms @op-CancelSupervisorMonitoring @doc-SMSCancelSupervisorMonitoring
Feature: SMS CancelSupervisorMonitoring
  A supervisor stops monitoring, coaching or barging in on an agent (POST
  /api/v2/users/{userId}/channels/smssession with CancelSupervisorMonitoring). It does not end an SMS session the
  supervisor has already joined; Leave does (SMS Session API: Cancel Supervisor Monitoring).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it

  @must @id-sms.cancelsupervisormonitoring.1
  Scenario: Cancelling leaves the SMS session already joined as it is
    When supervisor "Sam" cancels supervisor monitoring of agent "Alice" on the SMS session channel
    Then the request succeeds
    And supervisor "Sam" receives no notification for the SMS session
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.cancelsupervisormonitoring.2
  Scenario: Leave ends the supervisor's part in the SMS session; the SMS session goes on
    When supervisor "Sam" cancels supervisor monitoring of agent "Alice" on the SMS session channel
    And supervisor "Sam" leaves the SMS session
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state     |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | request     | Completed |
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.cancelsupervisormonitoring.3
  Scenario: An agent without the supervisor role may not cancel monitoring
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to cancel supervisor monitoring of agent "Alice" on the SMS session channel
    Then the attempt is rejected with statusCode 3 or 5
