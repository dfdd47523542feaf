@api-chat @op-SwitchToBargeIn @doc-ChatSwitchToBargeIn
Feature: Chat SwitchToBargeIn
  A supervisor in a chat switches to barging in (POST /api/v2/me/chats/{id} with SwitchToBargeIn; no
  parameter). The supervisor then receives ParticipantsUpdated and a message-log update with its new
  visibility; the agent and the customer both see it (Chat API: Barge In). No chat page for
  SwitchToBargeIn is published; this mirrors the SMS Session API: Switch to Barge In page, and the All
  value is inferred. The samples advertise the capability as SwitchBargeIn, not SwitchToBargeIn.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And supervisor "Sam" is monitoring agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it

  @must @id-chat.switchtobargein.1
  Scenario: Switching gives the supervisor ParticipantsUpdated and a message-log update
    When supervisor "Sam" switches to BargeIn in the chat
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And supervisor "Sam" receives no further notification for the chat

  @should @id-chat.switchtobargein.2
  Scenario: After the switch the supervisor is listed with the visibility All
    The All visibility of a supervisor in BargeIn mode is inferred (only Supervisors has a sample).
    When supervisor "Sam" switches to BargeIn in the chat
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "All"

  @must @id-chat.switchtobargein.3
  Scenario: After switching to BargeIn the customer sees the supervisor
    When supervisor "Sam" switches to BargeIn in the chat
    Then the request succeeds
    And agent "Alice" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the customer's transcript of the chat has a "ParticipantJoined" entry from supervisor "Sam"

  @informational @id-chat.switchtobargein.4
  Scenario: Probe the capability word SwitchBargeIn used as an operation
    The samples of Chat API: Switch To Monitor and SMS Session API: Switch to Coach advertise
    SwitchBargeIn, while the operation is SwitchToBargeIn. This records what the target does when a
    client posts the advertised word.
    When supervisor "Sam" probes "SwitchBargeIn" on the chat at the path "/api/v2/me/chats/{id}"
    Then the observation records the response and the notifications that followed

  @should @id-chat.switchtobargein.5
  Scenario: Switching to the mode already in force is refused for its state
    The capabilities offer only the two other modes; an operation not offered is refused with 2.
    Given supervisor "Sam" has switched to BargeIn in the chat
    When supervisor "Sam" attempts to switch to BargeIn in the chat
    Then the attempt is rejected with statusCode 2

  @must @id-chat.switchtobargein.6
  Scenario: An agent cannot switch supervisor modes
    When agent "Alice" attempts to switch to BargeIn in the chat
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the chat

  @must @id-chat.switchtobargein.7
  Scenario: Switching in a chat the supervisor is not in is refused
    When supervisor "Sam" attempts to switch to BargeIn in an unknown chat
    Then the attempt is rejected with statusCode 2 or 6
