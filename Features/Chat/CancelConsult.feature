@api-chat @op-CancelConsult @doc-ChatCancelConsult
Feature: Chat CancelConsult
  An agent withdraws a consultation they started (Chat API: CancelConsult). The request takes no
  parameter and is answered with a referenceId; on success no notification is published to the
  agent. Once the consultant has accepted, Web Services cannot cancel the consultation, and the
  failure comes as an Error notification.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @must @id-chat.cancelconsult.1
  Scenario: Cancelling a consultation before it is accepted publishes nothing to the agent
    Given agent "Alice" has asked agent "Bob" to consult on the chat
    When agent "Alice" performs "CancelConsult" on the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives no notification for the chat

  @should @id-chat.cancelconsult.2
  Scenario: The consultant's offer is withdrawn
    What the consultant receives is not documented; an offer withdrawn before Accept is inferred to
    end in state Revoked, the state client code treats as finished.
    Given agent "Alice" has asked agent "Bob" to consult on the chat
    When agent "Alice" performs "CancelConsult" on the chat
    Then the request succeeds
    And agent "Bob" receives a "StatusChange" notification for the chat with state "Revoked"
    And the customer sees nothing from agent "Bob" in the chat

  @should @id-chat.cancelconsult.3
  Scenario: Cancelling after the consultant has accepted fails with an Error
    The page says Web Services can't cancel an accepted consultation. Its error samples carry only
    notificationType, errorMessage and referenceId; this scenario also expects the messageType and
    the unchanged resource of the other Error samples.
    Given agent "Alice" has consulted agent "Bob" on the chat
    When agent "Alice" performs "CancelConsult" on the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged

  @should @id-chat.cancelconsult.4
  Scenario: Cancelling when there is no consultation is refused for its state
    No capability list names CancelConsult; without a consultation of the agent's own there is
    nothing to cancel.
    When agent "Alice" attempts to perform "CancelConsult" on the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @must @id-chat.cancelconsult.5
  Scenario: CancelConsult on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "CancelConsult" on an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @should @id-chat.cancelconsult.6
  Scenario: CancelConsult that fails in the backend is reported as an Error with the chat unchanged
    The page's error samples ("Request failed") carry the request's referenceId.
    Given agent "Alice" has asked agent "Bob" to consult on the chat
    And the next operation on the chat fails in the backend
    When agent "Alice" performs "CancelConsult" on the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
