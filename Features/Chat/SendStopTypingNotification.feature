@api-chat @op-SendStopTypingNotification @doc-ChatSendStopTypingNotification
Feature: Chat SendStopTypingNotification
  An agent tells everyone in the chat that they have stopped typing (Chat API:
  SendStopTypingNotification). The request takes no parameter; the transcript gains a TypingStopped
  entry visible to All.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @must @id-chat.sendstoptypingnotification.1
  Scenario: SendStopTypingNotification adds a TypingStopped entry every party sees
    When agent "Alice" performs "SendStopTypingNotification" on the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type          | visibility | from        |
      | TypingStopped | All        | Agent Alice |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the chat

  @should @id-chat.sendstoptypingnotification.2
  Scenario: The customer sees the TypingStopped entry of SendStopTypingNotification
    Visibility All means the customer's side receives the entry too; the mock's control API shows
    what the customer has seen.
    When agent "Alice" performs "SendStopTypingNotification" on the chat
    Then the request succeeds
    And the customer's transcript of the chat ends with the entries:
      | type          | visibility | from        |
      | TypingStopped | All        | Agent Alice |

  @must @id-chat.sendstoptypingnotification.3
  Scenario: SendStopTypingNotification on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "SendStopTypingNotification" on an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.sendstoptypingnotification.4
  Scenario: SendStopTypingNotification on a completed chat is refused for its state
    A completed chat offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to perform "SendStopTypingNotification" on the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.sendstoptypingnotification.5
  Scenario: SendStopTypingNotification that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was. Only Invite and Consult have a sample
    of this Error; for the other operations the same shape is inferred.
    Given the next operation on the chat fails in the backend
    When agent "Alice" performs "SendStopTypingNotification" on the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
