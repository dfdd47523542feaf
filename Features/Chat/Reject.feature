@api-chat @op-Reject @doc-ChatReject
Feature: Chat Reject
  An agent turns down a chat that was offered to them. The chat is finished for this agent (state
  Completed, no participants) and goes back to routing for another agent ("Chat API: Reject").
  Reject has no parameter besides operationName.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"

  @must @id-chat.reject.1
  Scenario: Rejecting an offered chat finishes it for the agent
    When agent "Alice" rejects the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | request     | Completed |
    And the "StatusChange" notification lists no participants
    And agent "Alice" receives no further notification for the chat

  @must @id-chat.reject.2
  Scenario: Rejecting an unknown chat is refused as not found
    When agent "Alice" attempts to reject an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.reject.3
  Scenario: Rejecting a chat that is already accepted is refused for its state
    Given agent "Alice" has accepted the chat
    When agent "Alice" attempts to reject the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.reject.4
  Scenario: A rejection that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was, as in the Invite page's "Failed" sample.
    Given the next operation on the chat fails in the backend
    When agent "Alice" rejects the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state   |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Invited |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
