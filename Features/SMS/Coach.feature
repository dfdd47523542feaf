@api-sms @op-Coach @doc-SMSCoach
Feature: SMS Coach
  A supervisor asks to coach an agent (POST /api/v2/users/{userId}/channels/smssession with Coach; optional
  supervisorMonitoringMode NextChat or AllChats, and nickname). The supervisor joins the SMS sessions the
  agent accepts; only the agent sees the supervisor's messages, never the customer. When the SMS session is
  completed or queued the supervisor's copy goes to Revoked (Chat API: Coach). That a coach has the
  visibility Agents is inferred: the only sample of a supervisor's visibility
  (Chat API: Switch To Monitor) shows Supervisors, for Monitor.
  No SMS page for Coach is published (only SMS Session API: Barge In); it mirrors Chat API: Coach.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications

  @must @id-sms.coach.1
  Scenario: The agent sees the coach join; the customer does not
    Given supervisor "Sam" is coaching agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    When agent "Alice" accepts the SMS session
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Sam      |
      | Customer | Pat      |
    And the customer's transcript of the SMS session has no entry from supervisor "Sam"

  @should @id-sms.coach.2
  Scenario: The coach is listed with the visibility Agents
    The Agents value for a coach is inferred; only Supervisors (Monitor) has a sample.
    Given supervisor "Sam" is coaching agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    When agent "Alice" accepts the SMS session
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "Agents"

  @must @id-sms.coach.3
  Scenario: The coach's messages reach the agent, not the customer
    Given supervisor "Sam" is coaching agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it
    When supervisor "Sam" sends the message "Offer the discount" in the SMS session
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from      | text               |
      | Text | Agents     | Agent Sam | Offer the discount |
    And the customer's transcript of the SMS session has no entry from supervisor "Sam"

  @must @id-sms.coach.4
  Scenario: The coach's copy is revoked when the agent completes the SMS session
    Given supervisor "Sam" is coaching agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it
    When agent "Alice" completes the SMS session
    Then supervisor "Sam" receives a "StatusChange" notification for the SMS session with state "Revoked"

  @must @id-sms.coach.5
  Scenario: An agent without the supervisor role may not coach
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to coach agent "Alice" on the SMS session channel
    Then the attempt is rejected with statusCode 3 or 5

  @must @id-sms.coach.6
  Scenario: Coaching an unknown user is refused as not found
    When supervisor "Sam" attempts to coach an unknown user on the SMS session channel
    Then the attempt is rejected with statusCode 6

  @must @id-sms.coach.7
  Scenario: A supervisorMonitoringMode other than NextChat or AllChats is refused
    When supervisor "Sam" attempts to coach agent "Alice" on the SMS session channel with:
      | parameter                | value    |
      | supervisorMonitoringMode | Weekdays |
    Then the attempt is rejected with statusCode 10
