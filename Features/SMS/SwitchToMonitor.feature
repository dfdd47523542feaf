@api-sms @op-SwitchToMonitor @doc-SMSSwitchToMonitor
Feature: SMS SwitchToMonitor
  A supervisor in an SMS session switches to monitoring (POST /api/v2/me/smssessions/{id} with
  SwitchToMonitor; no parameter; answered {"statusCode":0}). The supervisor then receives
  ParticipantsUpdated and a message-log update with its actual visibility mode: Supervisors, seen only
  by other supervisors (SMS Session API: Switch to Monitor; the value from Chat API: Switch To Monitor).
  Its capabilities then offer the two other modes.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And supervisor "Sam" is coaching agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it

  @must @id-sms.switchtomonitor.1
  Scenario: Switching gives the supervisor ParticipantsUpdated and a message-log update
    When supervisor "Sam" switches to Monitor in the SMS session
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And supervisor "Sam" receives no further notification for the SMS session

  @must @id-sms.switchtomonitor.2
  Scenario: After the switch the supervisor is listed with the visibility Supervisors
    When supervisor "Sam" switches to Monitor in the SMS session
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "Supervisors"
    And the "ParticipantsUpdated" notification offers the capabilities:
      | capability    |
      | SwitchToCoach |
      | Leave         |
      | SendMessage   |

  @must @id-sms.switchtomonitor.3
  Scenario: After switching to Monitor the supervisor's messages reach supervisors only
    Given supervisor "Sam" has switched to Monitor in the SMS session
    When supervisor "Sam" sends the message "Noted" in the SMS session
    Then the request succeeds
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.switchtomonitor.4
  Scenario: Switching to the mode already in force is refused for its state
    The capabilities offer only the two other modes; an operation not offered is refused with 2.
    Given supervisor "Sam" has switched to Monitor in the SMS session
    When supervisor "Sam" attempts to switch to Monitor in the SMS session
    Then the attempt is rejected with statusCode 2

  @must @id-sms.switchtomonitor.5
  Scenario: An agent cannot switch supervisor modes
    When agent "Alice" attempts to switch to Monitor in the SMS session
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.switchtomonitor.6
  Scenario: Switching in an SMS session the supervisor is not in is refused
    When supervisor "Sam" attempts to switch to Monitor in an unknown SMS session
    Then the attempt is rejected with statusCode 2 or 6
