@api-chat @op-SendMessage @doc-ChatSend
Feature: Chat SendMessage
  An agent sends a text message to everyone in the chat. It is appended to the transcript and pushed
  as a message-log entry of type Text, visible to All ("Chat API: SendMessage").

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"

  @must @id-chat.sendmessage.1
  Scenario: Sending a message appends it to the transcript
    Given agent "Alice" has accepted the chat
    When agent "Alice" sends the message "Hello, how can I help?" in the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from        | text                   |
      | Text | All        | Agent Alice | Hello, how can I help? |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the chat

  @must @id-chat.sendmessage.2
  Scenario: The messageType and treatAs parameters are accepted with the text
    The messageType is echoed in the entry only when the server option includeMessageType is on,
    so only the text is asserted.
    Given agent "Alice" has accepted the chat
    When agent "Alice" sends a message in the chat with:
      | parameter   | value    |
      | text        | Welcome! |
      | messageType | Greeting |
      | treatAs     | Normal   |
    Then the request succeeds
    And the message-log update holds the entries:
      | type | visibility | from        | text     |
      | Text | All        | Agent Alice | Welcome! |

  @must @id-chat.sendmessage.3
  Scenario: Sending without text is refused as a missing parameter
    Given agent "Alice" has accepted the chat
    When agent "Alice" attempts to send a message in the chat with:
      | parameter | value    |
      | text      | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @must @id-chat.sendmessage.4
  Scenario: Sending in an unknown chat is refused as not found
    When agent "Alice" attempts to send the message "Hi" in an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.sendmessage.5
  Scenario: Sending in a chat that was never accepted is refused for its state
    When agent "Alice" attempts to send the message "Hi" in the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.sendmessage.6
  Scenario: A message that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was, as in the Invite page's "Failed" sample.
    Given agent "Alice" has accepted the chat
    And the next operation on the chat fails in the backend
    When agent "Alice" sends the message "Hello" in the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
