@api-chat @op-Monitor @doc-ChatMonitor
Feature: Chat Monitor
  A supervisor asks to monitor an agent's chats (POST /api/v2/users/{userId}/channels/chat with
  Monitor; optional supervisorMonitoringMode NextChat or AllChats, the default, and nickname, which
  defaults to the user name). When the agent accepts a chat the supervisor receives it too; if the
  agent is busy, the supervisor joins the agent's next chat. A monitoring supervisor is silent: only
  other supervisors see it (visibility Supervisors, as the Chat API: Switch To Monitor sample shows).
  When the chat is completed or queued the supervisor's copy goes to Revoked, and monitoring goes on
  when the monitored agent leaves while another agent stays (Chat API: Monitor).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications

  @must @id-chat.monitor.1
  Scenario: A monitoring supervisor receives the chat the agent accepts, seen by no one else
    Given supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    When agent "Alice" accepts the chat
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Sam      |
      | Customer | Pat      |
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "Supervisors"
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |
    And agent "Alice" receives no further notification for the chat
    And the customer's transcript of the chat has no entry from supervisor "Sam"

  @should @id-chat.monitor.2
  Scenario: The supervisor's copy arrives like an accepted chat, with the history
    No sample shows the monitoring supervisor's notifications; this is the Chat API: Accept sequence
    (StatusChange Chatting, ParticipantsUpdated, the history), with the supervisor's ParticipantJoined
    in the Supervisors visibility (Chat API: Switch To Monitor).
    Given supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    When agent "Alice" accepts the chat
    Then supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange        | any         | Chatting |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the message-log update holds the entries:
      | type              | visibility  | from         |
      | ParticipantJoined | All         | Customer Pat |
      | ParticipantJoined | All         | Agent Alice  |
      | ParticipantJoined | Supervisors | Agent Sam    |
    And supervisor "Sam" receives no further notification for the chat

  @should @id-chat.monitor.3
  Scenario: A monitoring supervisor's messages reach supervisors only
    "Only other supervisors see the supervisor" (Chat API: Monitor); that its messages carry the
    Supervisors visibility is inferred from the Chat API: Switch To Monitor sample.
    Given supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it
    When supervisor "Sam" sends the message "She sounds upset" in the chat
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility  | from      | text             |
      | Text | Supervisors | Agent Sam | She sounds upset |
    And agent "Alice" receives no notification for the chat
    And the customer's transcript of the chat has no entry from supervisor "Sam"

  @must @id-chat.monitor.4
  Scenario: The supervisor's copy is revoked when the agent completes the chat
    Given supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it
    When agent "Alice" completes the chat
    Then supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state   |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | none        | Revoked |
    And supervisor "Sam" receives no further notification for the chat

  @must @id-chat.monitor.5
  Scenario: The supervisor's copy is revoked when the chat is queued
    Given supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it
    When agent "Alice" completes the chat with:
      | parameter | value                  |
      | queueName | a queue no agent serves |
    Then supervisor "Sam" receives a "StatusChange" notification for the chat with state "Revoked"

  @must @id-chat.monitor.6
  Scenario: Monitoring goes on when the monitored agent leaves and another agent stays
    Given agent "Bob" is signed in and listening for notifications
    And supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it
    And agent "Alice" has invited agent "Bob" into the chat
    And everything so far has reached every participant
    When agent "Alice" leaves the chat
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Bob      |
      | Agent    | Sam      |
      | Customer | Pat      |

  @must @id-chat.monitor.7
  Scenario: A chat already under way is not joined; monitoring waits for the next one
    Given a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat
    When supervisor "Sam" monitors agent "Alice" on the chat channel with:
      | parameter                | value    |
      | supervisorMonitoringMode | NextChat |
    Then the request succeeds
    And supervisor "Sam" receives no notification for the chat
    And agent "Alice" receives no notification for the chat

  @must @id-chat.monitor.8
  Scenario: An agent without the supervisor role may not monitor
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to monitor agent "Alice" on the chat channel
    Then the attempt is rejected with statusCode 3 or 5

  @must @id-chat.monitor.9
  Scenario: Monitoring an unknown user is refused as not found
    When supervisor "Sam" attempts to monitor an unknown user on the chat channel
    Then the attempt is rejected with statusCode 6

  @must @id-chat.monitor.10
  Scenario: A supervisorMonitoringMode other than NextChat or AllChats is refused
    When supervisor "Sam" attempts to monitor agent "Alice" on the chat channel with:
      | parameter                | value          |
      | supervisorMonitoringMode | EveryOtherChat |
    Then the attempt is rejected with statusCode 10
