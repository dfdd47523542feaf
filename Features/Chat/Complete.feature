@api-chat @op-Complete @doc-ChatComplete
Feature: Chat Complete
  An agent ends a chat for everyone: the customer's session closes and the chat moves to Completed.
  With queueName the chat is placed in that queue instead of being dropped; text (with messageType
  and treatAs) is a last message to the customer ("Chat API: Complete").

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"

  @must @id-chat.complete.1
  Scenario: Completing a chat ends it
    Given agent "Alice" has accepted the chat
    When agent "Alice" completes the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | any         | Completed |
    And agent "Alice" receives no further notification for the chat

  @must @id-chat.complete.2
  Scenario: The queueName parameter places the completed chat in a queue
    Given agent "Alice" has accepted the chat
    When agent "Alice" completes the chat with:
      | parameter | value                   |
      | queueName | a queue no agent serves |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | any         | Completed |

  @must @id-chat.complete.3
  Scenario: The saveLAR parameter is accepted with either value
    Given agent "Alice" has accepted the chat
    When agent "Alice" completes the chat with:
      | parameter | value |
      | saveLAR   | false |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | any         | Completed |

  @must @id-chat.complete.4
  Scenario: The text, messageType and treatAs parameters carry a closing message
    Given agent "Alice" has accepted the chat
    When agent "Alice" completes the chat with:
      | parameter   | value           |
      | text        | Thanks, goodbye |
      | messageType | Text            |
      | treatAs     | Normal          |
    Then the request succeeds
    And agent "Alice" receives a "StatusChange" notification for the chat with state "Completed"

  @must @id-chat.complete.5
  Scenario: Completing an unknown chat is refused as not found
    When agent "Alice" attempts to complete an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.complete.6
  Scenario: Completing a chat that is already completed is refused for its state
    Given agent "Alice" has accepted the chat
    And agent "Alice" has completed the chat
    When agent "Alice" attempts to complete the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.complete.7
  Scenario: A completion that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was, as in the Invite page's "Failed" sample.
    Given agent "Alice" has accepted the chat
    And the next operation on the chat fails in the backend
    When agent "Alice" completes the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
