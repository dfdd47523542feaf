@api-sms @op-SwitchToBargeIn @doc-SMSSwitchToBargeIn
Feature: SMS SwitchToBargeIn
  A supervisor in an SMS session switches to barging in (POST /api/v2/me/smssessions/{id} with
  SwitchToBargeIn; no parameter; the page's URL row misspells it /api/v2/me/smsssession/{id}). The
  supervisor then receives ParticipantsUpdated and a message-log update with its new visibility; the
  agent and the customer both see it (SMS Session API: Switch to Barge In; the All value is inferred).
  The samples advertise the capability as SwitchBargeIn, not SwitchToBargeIn.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And supervisor "Sam" is monitoring agent "Alice" on the SMS session channel
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session and supervisor "Sam" has joined it

  @must @id-sms.switchtobargein.1
  Scenario: Switching gives the supervisor ParticipantsUpdated and a message-log update
    When supervisor "Sam" switches to BargeIn in the SMS session
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And supervisor "Sam" receives no further notification for the SMS session

  @should @id-sms.switchtobargein.2
  Scenario: After the switch the supervisor is listed with the visibility All
    The All visibility of a supervisor in BargeIn mode is inferred (only Supervisors has a sample).
    When supervisor "Sam" switches to BargeIn in the SMS session
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "All"

  @must @id-sms.switchtobargein.3
  Scenario: After switching to BargeIn the customer sees the supervisor
    When supervisor "Sam" switches to BargeIn in the SMS session
    Then the request succeeds
    And agent "Alice" receives a "ParticipantsUpdated" notification for the SMS session with state "Chatting"
    And the customer's transcript of the SMS session has a "ParticipantJoined" entry from supervisor "Sam"

  @informational @id-sms.switchtobargein.4
  Scenario: Probe the capability word SwitchBargeIn used as an operation
    The samples of Chat API: Switch To Monitor and SMS Session API: Switch to Coach advertise
    SwitchBargeIn, while the operation is SwitchToBargeIn. This records what the target does when a
    client posts the advertised word.
    When supervisor "Sam" probes "SwitchBargeIn" on the SMS session at the path "/api/v2/me/smssessions/{id}"
    Then the observation records the response and the notifications that followed

  @should @id-sms.switchtobargein.5
  Scenario: Switching to the mode already in force is refused for its state
    The capabilities offer only the two other modes; an operation not offered is refused with 2.
    Given supervisor "Sam" has switched to BargeIn in the SMS session
    When supervisor "Sam" attempts to switch to BargeIn in the SMS session
    Then the attempt is rejected with statusCode 2

  @must @id-sms.switchtobargein.6
  Scenario: An agent cannot switch supervisor modes
    When agent "Alice" attempts to switch to BargeIn in the SMS session
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.switchtobargein.7
  Scenario: Switching in an SMS session the supervisor is not in is refused
    When supervisor "Sam" attempts to switch to BargeIn in an unknown SMS session
    Then the attempt is rejected with statusCode 2 or 6
