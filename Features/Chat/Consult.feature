@api-chat @op-Consult @doc-ChatConsult
Feature: Chat Consult
  An agent who is chatting asks another agent for advice (Chat API: Consult). The consultant is
  offered the chat and, once they accept, joins it for the agents only: the customer does not see
  the consultant, and the consultant's messages reach the agents only. The request is answered at
  once with a referenceId; a consultation that cannot be delivered is reported by an Error
  notification with that referenceId and the chat unchanged.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @must @id-chat.consult.1
  Scenario: Consulting an agent brings them in where only the agents see them
    When agent "Alice" performs "Consult" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the chat
    When agent "Bob" accepts the chat
    Then agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Bob      |
      | Customer | Pat      |
    And the "ParticipantsUpdated" notification offers the capabilities:
      | capability                          |
      | SendToAgents                        |
      | SendStartTypingToAgentsNotification |
      | SendStopTypingToAgentsNotification  |
    And the message-log indices continue the transcript
    And the customer sees nothing from agent "Bob" in the chat

  @should @id-chat.consult.2
  Scenario: The consultant joins with visibility Agents
    The shared Invite/Consult sample prints a ParticipantJoined visible to All; client code shows a
    consultant with visibility Agents, which is what keeps them from the customer.
    When agent "Alice" performs "Consult" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    And agent "Bob" accepts the chat
    Then agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the message-log update holds the entries:
      | type              | visibility | from      |
      | ParticipantJoined | Agents     | Agent Bob |
    And the customer sees no entry meant for agents only in the chat

  @must @id-chat.consult.3
  Scenario: The consultant's messages reach the agents only
    Given agent "Alice" has consulted agent "Bob" on the chat
    When agent "Bob" sends the message "Offer the discount" in the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from      | text               |
      | Text | Agents     | Agent Bob | Offer the discount |
    And the customer sees nothing from agent "Bob" in the chat

  @must @id-chat.consult.4
  Scenario: Consult without targetUri is refused as a missing parameter
    When agent "Alice" attempts to perform "Consult" on the chat with:
      | parameter | value    |
      | targetUri | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @must @id-chat.consult.5
  Scenario: Consult on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "Consult" on an unknown chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.consult.6
  Scenario: Consult on a completed chat is refused for its state
    A completed chat offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to perform "Consult" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @must @id-chat.consult.7
  Scenario: A consultation that cannot be delivered is reported as an Error with the chat unchanged
    Given agent "Carol" is not signed in
    When agent "Alice" performs "Consult" on the chat with:
      | parameter | value                |
      | targetUri | uri of agent "Carol" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat

  @should @id-chat.consult.8
  Scenario: Consult that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was. Only Invite and Consult have a sample
    of this Error; for the other operations the same shape is inferred.
    Given the next operation on the chat fails in the backend
    When agent "Alice" performs "Consult" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
