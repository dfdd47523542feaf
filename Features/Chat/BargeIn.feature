@api-chat @op-BargeIn @doc-ChatBargeIn
Feature: Chat BargeIn
  A supervisor asks to barge in on an agent's chats (POST /api/v2/users/{userId}/channels/chat with
  BargeIn; the sample: {"operationName":"BargeIn","supervisorMonitoringMode":"NextChat"} answered
  {"statusCode":0}). The supervisor joins the chats the agent accepts, and both the agent and the
  customer see the supervisor's messages. When the chat is completed or queued the supervisor's copy
  goes to Revoked (Chat API: Barge In).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications

  @must @id-chat.bargein.1
  Scenario: The sample's request is answered statusCode 0
    When supervisor "Sam" barges in on agent "Alice" on the chat channel with:
      | parameter                | value    |
      | supervisorMonitoringMode | NextChat |
    Then the request succeeds

  @must @id-chat.bargein.2
  Scenario: A supervisor barging in is seen by the agent and the customer
    Given supervisor "Sam" is barging in on agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it
    When supervisor "Sam" sends the message "Hello Pat, I am Alice's supervisor" in the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from      | text                               |
      | Text | All        | Agent Sam | Hello Pat, I am Alice's supervisor |
    And the customer's transcript of the chat has a "ParticipantJoined" entry from supervisor "Sam"
    And the customer's transcript of the chat has a "Text" entry from supervisor "Sam"

  @should @id-chat.bargein.3
  Scenario: A supervisor barging in is listed with the visibility All
    The All value for barging in is inferred; only Supervisors (Monitor) has a sample.
    Given supervisor "Sam" is barging in on agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    When agent "Alice" accepts the chat
    Then supervisor "Sam" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "All"

  @must @id-chat.bargein.4
  Scenario: The supervisor's copy is revoked when the agent completes the chat
    Given supervisor "Sam" is barging in on agent "Alice" on the chat channel
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat and supervisor "Sam" has joined it
    When agent "Alice" completes the chat
    Then supervisor "Sam" receives a "StatusChange" notification for the chat with state "Revoked"

  @must @id-chat.bargein.5
  Scenario: An agent without the supervisor role may not barge in
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to barge in on agent "Alice" on the chat channel
    Then the attempt is rejected with statusCode 3 or 5

  @must @id-chat.bargein.6
  Scenario: Barging in on an unknown user is refused as not found
    When supervisor "Sam" attempts to barge in on an unknown user on the chat channel
    Then the attempt is rejected with statusCode 6

  @must @id-chat.bargein.7
  Scenario: A supervisorMonitoringMode other than NextChat or AllChats is refused
    When supervisor "Sam" attempts to barge in on agent "Alice" on the chat channel with:
      | parameter                | value    |
      | supervisorMonitoringMode | LastChat |
    Then the attempt is rejected with statusCode 10
