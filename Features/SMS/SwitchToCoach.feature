@api-sms @op-SwitchToCoach @doc-SMSSwitchToCoach
Feature: SMS SwitchToCoach
  A supervisor in an SMS session switches to coaching (POST /api/v2/me/smssessions/{id} with
  SwitchToCoach; no parameter). The supervisor then receives ParticipantsUpdated and a message-log
  update with its new visibility; only the agent sees a coach's messages (SMS Session API: Switch to
  Coach, whose sample stops before the visibility; the Agents value is inferred).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it

  @must @id-sms.switchtocoach.1
  Scenario: Switching gives the supervisor ParticipantsUpdated and a message-log update
    When supervisor "Sam" switches to Coach in the SMS session
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And supervisor "Sam" receives no further notification for the SMS session

  @should @id-sms.switchtocoach.2
  Scenario: After the switch the supervisor is listed with the visibility Agents
    The Agents visibility of a supervisor in Coach mode is inferred (only Supervisors has a sample).
    When supervisor "Sam" switches to Coach in the SMS session
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "Agents"

  @must @id-sms.switchtocoach.3
  Scenario: After switching to Coach the agent sees the supervisor and the customer does not
    When supervisor "Sam" switches to Coach in the SMS session
    Then agent "Alice" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Sam      |
      | Customer | Pat      |
    And the customer's transcript of the SMS session has no entry from supervisor "Sam"

  @should @id-sms.switchtocoach.4
  Scenario: Switching to the mode already in force is refused for its state
    The capabilities offer only the two other modes; an operation not offered is refused with 2.
    Given supervisor "Sam" has switched to Coach in the SMS session
    When supervisor "Sam" attempts to switch to Coach in the SMS session
    Then the attempt is rejected with statusCode 2

  @must @id-sms.switchtocoach.5
  Scenario: An agent cannot switch supervisor modes
    When agent "Alice" attempts to switch to Coach in the SMS session
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.switchtocoach.6
  Scenario: Switching in an SMS session the supervisor is not in is refused
    When supervisor "Sam" attempts to switch to Coach in an unknown SMS session
    Then the attempt is rejected with statusCode 2 or 6
