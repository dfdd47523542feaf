@api-sms @op-Monitor @doc-SMSMonitor
Feature: SMS Monitor
  A supervisor asks to monitor an agent's SMS sessions (POST /api/v2/users/{userId}/channels/smssession with
  Monitor; optional supervisorMonitoringMode NextChat or AllChats, the default, and nickname, which
  defaults to the user name). When the agent accepts an SMS session the supervisor receives it too; if the
  agent is busy, the supervisor joins the agent's next SMS session. A monitoring supervisor is silent: only
  other supervisors see it (visibility Supervisors, as the Chat API: Switch To Monitor sample shows).
  When the SMS session is completed or queued the supervisor's copy goes to Revoked, and monitoring goes on
  when the monitored agent leaves while another agent stays (Chat API: Monitor).
  No SMS page for Monitor is published (only SMS Session API: Barge In); it mirrors Chat API: Monitor.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications

  @must @id-sms.monitor.1
  Scenario: A monitoring supervisor receives the SMS session the agent accepts, seen by no one else
    Given supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    When agent "Alice" accepts the SMS session
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Sam      |
      | Customer | Pat      |
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "Supervisors"
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |
    And agent "Alice" receives no further notification for the SMS session
    And the customer's transcript of the SMS session has no entry from supervisor "Sam"

  @should @id-sms.monitor.2
  Scenario: The supervisor's copy arrives like an accepted SMS session, with the history
    No sample shows the monitoring supervisor's notifications; this is the SMS Session API: Accept sequence
    (StatusChange Chatting, ParticipantsUpdated, the history), with the supervisor's ParticipantJoined
    in the Supervisors visibility (Chat API: Switch To Monitor).
    Given supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    When agent "Alice" accepts the SMS session
    Then supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange        | any         | Chatting |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the message-log update holds the entries:
      | type              | visibility  | from         |
      | ParticipantJoined | All         | Customer Pat |
      | ParticipantJoined | All         | Agent Alice  |
      | ParticipantJoined | Supervisors | Agent Sam    |
    And supervisor "Sam" receives no further notification for the SMS session

  @should @id-sms.monitor.3
  Scenario: A monitoring supervisor's messages reach supervisors only
    "Only other supervisors see the supervisor" (Chat API: Monitor); that its messages carry the
    Supervisors visibility is inferred from the Chat API: Switch To Monitor sample.
    Given supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it
    When supervisor "Sam" sends the message "She sounds upset" in the SMS session
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility  | from      | text             |
      | Text | Supervisors | Agent Sam | She sounds upset |
    And agent "Alice" receives no notification for the SMS session
    And the customer's transcript of the SMS session has no entry from supervisor "Sam"

  @must @id-sms.monitor.4
  Scenario: The supervisor's copy is revoked when the agent completes the SMS session
    Given supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it
    When agent "Alice" completes the SMS session
    Then supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state   |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | none        | Revoked |
    And supervisor "Sam" receives no further notification for the SMS session

  @must @id-sms.monitor.5
  Scenario: The supervisor's copy is revoked when the SMS session is queued
    Given supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it
    When agent "Alice" completes the SMS session with:
      | parameter | value                   |
      | queueName | a queue no agent serves |
    Then supervisor "Sam" receives a "StatusChange" notification for the SMS session with state "Revoked"

  @must @id-sms.monitor.6
  Scenario: Monitoring goes on when the monitored agent leaves and another agent stays
    Given agent "Bob" is signed in and listening for notifications
    And supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it
    And agent "Alice" has invited agent "Bob" into the SMS session
    And everything so far has reached every participant
    When agent "Alice" leaves the SMS session
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Bob      |
      | Agent    | Sam      |
      | Customer | Pat      |

  @must @id-sms.monitor.7
  Scenario: A SMS session already under way is not joined; monitoring waits for the next one
    Given a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session
    When supervisor "Sam" monitors agent "Alice" on the SMS session channel with:
      | parameter                | value    |
      | supervisorMonitoringMode | NextChat |
    Then the request succeeds
    And supervisor "Sam" receives no notification for the SMS session
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.monitor.8
  Scenario: An agent without the supervisor role may not monitor
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to monitor agent "Alice" on the SMS session channel
    Then the attempt is rejected with statusCode 3 or 5

  @must @id-sms.monitor.9
  Scenario: Monitoring an unknown user is refused as not found
    When supervisor "Sam" attempts to monitor an unknown user on the SMS session channel
    Then the attempt is rejected with statusCode 6

  @must @id-sms.monitor.10
  Scenario: A supervisorMonitoringMode other than NextChat or AllChats is refused
    When supervisor "Sam" attempts to monitor agent "Alice" on the SMS session channel with:
      | parameter                | value          |
      | supervisorMonitoringMode | EveryOtherChat |
    Then the attempt is rejected with statusCode 10
