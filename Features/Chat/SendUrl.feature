@api-chat @op-SendUrl @doc-ChatSendUrl
Feature: Chat SendUrl
  An agent pushes a web page to the customer (Chat API: SendUrl). The transcript gains a PushUrl
  entry visible to All, with the address in its url field. (The page's sample sends one address and
  shows another in the notification; the address sent is expected back.)

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @must @id-chat.sendurl.1
  Scenario: SendUrl adds a PushUrl entry every party sees
    When agent "Alice" performs "SendUrl" on the chat with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type    | visibility | from        | text                   |
      | PushUrl | All        | Agent Alice | http://www.genesys.com |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the chat

  @should @id-chat.sendurl.2
  Scenario: The customer sees the PushUrl entry of SendUrl
    Visibility All means the customer's side receives the entry too; the mock's control API shows
    what the customer has seen.
    When agent "Alice" performs "SendUrl" on the chat with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the request succeeds
    And the customer's transcript of the chat ends with the entries:
      | type    | visibility | from        | text                   |
      | PushUrl | All        | Agent Alice | http://www.genesys.com |

  @must @id-chat.sendurl.3
  Scenario: SendUrl without url is refused as a missing parameter
    When agent "Alice" attempts to perform "SendUrl" on the chat with:
      | parameter | value    |
      | url       | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @must @id-chat.sendurl.4
  Scenario: SendUrl on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "SendUrl" on an unknown chat with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.sendurl.5
  Scenario: SendUrl on a completed chat is refused for its state
    A completed chat offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to perform "SendUrl" on the chat with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.sendurl.6
  Scenario: SendUrl that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was. Only Invite and Consult have a sample
    of this Error; for the other operations the same shape is inferred.
    Given the next operation on the chat fails in the backend
    When agent "Alice" performs "SendUrl" on the chat with:
      | parameter | value                  |
      | url       | http://www.genesys.com |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
