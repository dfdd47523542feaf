@api-chat @op-SwitchToMonitor @doc-ChatSwitchToMonitor
Feature: Chat SwitchToMonitor
  A supervisor in a chat switches to monitoring (POST /api/v2/me/chats/{id} with SwitchToMonitor;
  no parameter; answered {"statusCode":0}). The supervisor then receives ParticipantsUpdated and a
  message-log update with its actual visibility mode: Supervisors, seen only by other supervisors
  (Chat API: Switch To Monitor). Its capabilities then offer the two other modes.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And supervisor "Sam" is coaching agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it

  @must @id-chat.switchtomonitor.1
  Scenario: Switching gives the supervisor ParticipantsUpdated and a message-log update
    When supervisor "Sam" switches to Monitor in the chat
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And supervisor "Sam" receives no further notification for the chat

  @must @id-chat.switchtomonitor.2
  Scenario: After the switch the supervisor is listed with the visibility Supervisors
    When supervisor "Sam" switches to Monitor in the chat
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "Supervisors"
    And the "ParticipantsUpdated" notification offers the capabilities:
      | capability    |
      | SwitchToCoach |
      | Leave         |
      | SendMessage   |

  @must @id-chat.switchtomonitor.3
  Scenario: After switching to Monitor the supervisor's messages reach supervisors only
    Given supervisor "Sam" has switched to Monitor in the chat
    When supervisor "Sam" sends the message "Noted" in the chat
    Then the request succeeds
    And agent "Alice" receives no notification for the chat

  @should @id-chat.switchtomonitor.4
  Scenario: Switching to the mode already in force is refused for its state
    The capabilities offer only the two other modes; an operation not offered is refused with 2.
    Given supervisor "Sam" has switched to Monitor in the chat
    When supervisor "Sam" attempts to switch to Monitor in the chat
    Then the attempt is rejected with statusCode 2

  @must @id-chat.switchtomonitor.5
  Scenario: An agent cannot switch supervisor modes
    When agent "Alice" attempts to switch to Monitor in the chat
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the chat

  @must @id-chat.switchtomonitor.6
  Scenario: Switching in a chat the supervisor is not in is refused
    When supervisor "Sam" attempts to switch to Monitor in an unknown chat
    Then the attempt is rejected with statusCode 2 or 6
