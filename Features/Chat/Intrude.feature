@api-chat @op-Intrude @doc-ChatIntrude
Feature: Chat Intrude
  A supervisor intrudes into a chat an agent is handling (POST /api/v2/users/{userId}/chats/{chatId}
  with Intrude; optional supervisorVisibilityMode Monitor, Coach or BargeIn). Without the parameter
  the current monitoring mode applies, and with none active the request fails. The supervisor then
  receives the chat in state Invited (Chat API: Intrude) and accepts it like an agent.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And supervisor "Sam" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @must @id-chat.intrude.1
  Scenario: Intruding offers the chat to the supervisor in state Invited
    When supervisor "Sam" intrudes into the chat of agent "Alice" with:
      | parameter                | value   |
      | supervisorVisibilityMode | BargeIn |
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state   |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | any         | Invited |
    And the "StatusChange" notification offers the capabilities:
      | capability |
      | Accept     |
      | Reject     |
    And agent "Alice" receives no notification for the chat

  @should @id-chat.intrude.2
  Scenario: The supervisor accepts the intrusion like an agent and joins in the mode asked for
    The page stops at Invited; that the supervisor then accepts like an agent (Chat API: Accept) is inferred.
    When supervisor "Sam" intrudes into the chat of agent "Alice" with:
      | parameter                | value   |
      | supervisorVisibilityMode | BargeIn |
    Then supervisor "Sam" receives a "StatusChange" notification for the chat with state "Invited"
    When supervisor "Sam" accepts the chat
    Then the request succeeds
    And supervisor "Sam" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists supervisor "Sam" with visibility "All"
    And agent "Alice" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the customer's transcript of the chat has a "ParticipantJoined" entry from supervisor "Sam"

  @must @id-chat.intrude.3
  Scenario: Without supervisorVisibilityMode the monitoring mode applies
    Given supervisor "Sam" is coaching agent "Alice" on the chat channel
    When supervisor "Sam" intrudes into the chat of agent "Alice"
    Then the request succeeds
    And supervisor "Sam" receives a "StatusChange" notification for the chat with state "Invited"

  @must @id-chat.intrude.4
  Scenario: Without supervisorVisibilityMode and with no monitoring active, Intrude fails
    When supervisor "Sam" attempts to intrude into the chat of agent "Alice"
    Then the attempt is rejected with a statusMessage
    And supervisor "Sam" receives no notification for the chat

  @must @id-chat.intrude.5
  Scenario: A supervisorVisibilityMode other than Monitor, Coach or BargeIn is refused
    When supervisor "Sam" attempts to intrude into the chat of agent "Alice" with:
      | parameter                | value   |
      | supervisorVisibilityMode | Whisper |
    Then the attempt is rejected with statusCode 10
    And supervisor "Sam" receives no notification for the chat

  @must @id-chat.intrude.6
  Scenario: An agent without the supervisor role may not intrude
    Given agent "Carol" is signed in and listening for notifications
    When agent "Carol" attempts to intrude into the chat of agent "Alice"
    Then the attempt is rejected with statusCode 3 or 5
    And agent "Carol" receives no notification for the chat

  @must @id-chat.intrude.7
  Scenario: Intruding into an unknown chat is refused as not found
    When supervisor "Sam" attempts to intrude into an unknown chat of agent "Alice"
    Then the attempt is rejected with statusCode 6
