@api-sms @op-Intrude @doc-SMSIntrude
Feature: SMS Intrude
  A supervisor intrudes into an SMS session an agent is handling (POST /api/v2/users/{userId}/smssessions/{id}
  with Intrude; optional supervisorVisibilityMode Monitor, Coach or BargeIn). Without the parameter
  the current monitoring mode applies, and with none active the request fails. The supervisor then
  receives the SMS session in state Invited (SMS Session API: Intrude) and accepts it like an agent.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.intrude.1
  Scenario: Intruding offers the SMS session to the supervisor in state Invited
    When supervisor "Sam" intrudes into the SMS session of agent "Alice" with:
      | parameter                | value   |
      | supervisorVisibilityMode | BargeIn |
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state   |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange     | any         | Invited |
    And the "StatusChange" notification offers the capabilities:
      | capability |
      | Accept     |
      | Reject     |
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.intrude.2
  Scenario: The supervisor accepts the intrusion like an agent and joins in the mode asked for
    The page stops at Invited; that the supervisor then accepts like an agent (SMS Session API: Accept) is inferred.
    When supervisor "Sam" intrudes into the SMS session of agent "Alice" with:
      | parameter                | value   |
      | supervisorVisibilityMode | BargeIn |
    Then supervisor "Sam" receives a "StatusChange" notification for the SMS session with state "Invited"
    When supervisor "Sam" accepts the SMS session
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "All"
    And agent "Alice" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the customer's transcript of the SMS session has a "ParticipantJoined" entry from supervisor "Sam"

  @must @id-sms.intrude.3
  Scenario: Without supervisorVisibilityMode the monitoring mode applies
    Given supervisor "Sam" is coaching agent "Alice" on the SMS session channel
    When supervisor "Sam" intrudes into the SMS session of agent "Alice"
    Then the request succeeds
    And supervisor "Sam" receives a "StatusChange" notification for the SMS session with state "Invited"

  @must @id-sms.intrude.4
  Scenario: Without supervisorVisibilityMode and with no monitoring active, Intrude fails
    When supervisor "Sam" attempts to intrude into the SMS session of agent "Alice"
    Then the attempt is rejected with a statusMessage
    And supervisor "Sam" receives no notification for the SMS session

  @must @id-sms.intrude.5
  Scenario: A supervisorVisibilityMode other than Monitor, Coach or BargeIn is refused
    When supervisor "Sam" attempts to intrude into the SMS session of agent "Alice" with:
      | parameter                | value   |
      | supervisorVisibilityMode | Whisper |
    Then the attempt is rejected with statusCode 10
    And supervisor "Sam" receives no notification for the SMS session

  @must @id-sms.intrude.6
  Scenario: An agent without the supervisor role may not intrude
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to intrude into the SMS session of agent "Alice"
    Then the attempt is rejected with statusCode 3 or 5
    And agent "Carol" receives no notification for the SMS session

  @must @id-sms.intrude.7
  Scenario: Intruding into an unknown SMS session is refused as not found
    When supervisor "Sam" attempts to intrude into an unknown SMS session of agent "Alice"
    Then the attempt is rejected with statusCode 6
