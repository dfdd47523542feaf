@api-chat @op-CancelSupervisorMonitoring @doc-ChatCancelSupervisorMonitoring
Feature: Chat CancelSupervisorMonitoring
  A supervisor stops monitoring, coaching or barging in on an agent (POST
  /api/v2/users/{userId}/channels/chat with CancelSupervisorMonitoring). It does not end a chat the
  supervisor has already joined; Leave does (Chat API: Cancel Supervisor Monitoring).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it

  @must @id-chat.cancelsupervisormonitoring.1
  Scenario: Cancelling leaves the chat already joined as it is
    When supervisor "Sam" cancels supervisor monitoring of agent "Alice" on the chat channel
    Then the request succeeds
    And supervisor "Sam" receives no notification for the chat
    And agent "Alice" receives no notification for the chat

  @must @id-chat.cancelsupervisormonitoring.2
  Scenario: Leave ends the supervisor's part in the chat; the chat goes on
    When supervisor "Sam" cancels supervisor monitoring of agent "Alice" on the chat channel
    And supervisor "Sam" leaves the chat
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | request     | Completed |
    And agent "Alice" receives no notification for the chat

  @must @id-chat.cancelsupervisormonitoring.3
  Scenario: An agent without the supervisor role may not cancel monitoring
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to cancel supervisor monitoring of agent "Alice" on the chat channel
    Then the attempt is rejected with statusCode 3 or 5
