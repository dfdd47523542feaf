@api-chat @op-SetDisposition @doc-ChatSetDisposition
Feature: Chat SetDisposition
  An agent records the outcome of the chat (Chat API: SetDisposition). The disposition is written
  into userData under dispositionKey, or under the server's disposition key when none is given, and
  the answer is a PropertiesUpdated notification with the request's referenceId.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @must @id-chat.setdisposition.1
  Scenario: SetDisposition with a dispositionKey writes the disposition under that key
    When agent "Alice" performs "SetDisposition" on the chat with:
      | parameter      | value           |
      | dispositionKey | DispositionCode |
      | disposition    | IssueResolved   |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType  | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key             | value         |
      | DispositionCode | IssueResolved |

  @must @id-chat.setdisposition.2
  Scenario: SetDisposition writes under the dispositionKey it is given
    When agent "Alice" performs "SetDisposition" on the chat with:
      | parameter      | value       |
      | dispositionKey | CallOutcome |
      | disposition    | Sold        |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType  | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key         | value |
      | CallOutcome | Sold  |
    And the "PropertiesUpdated" notification carries no userData key "DispositionCode"

  @should @id-chat.setdisposition.3
  Scenario: SetDisposition without a dispositionKey writes under the default key
    Without dispositionKey the server's disposition key applies; the user settings sample names it
    DispositionCode (interaction.disposition.key-name), which a differently configured server may
    change.
    When agent "Alice" performs "SetDisposition" on the chat with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType  | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | PropertiesUpdated | request     | Chatting |
    And the "PropertiesUpdated" notification carries the userData:
      | key             | value         |
      | DispositionCode | IssueResolved |

  @must @id-chat.setdisposition.4
  Scenario: SetDisposition without disposition is refused as a missing parameter
    When agent "Alice" attempts to perform "SetDisposition" on the chat with:
      | parameter   | value    |
      | disposition | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @must @id-chat.setdisposition.5
  Scenario: SetDisposition on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "SetDisposition" on an unknown chat with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.setdisposition.6
  Scenario: SetDisposition on a completed chat is refused for its state
    A completed chat offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to perform "SetDisposition" on the chat with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.setdisposition.7
  Scenario: SetDisposition that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was. Only Invite and Consult have a sample
    of this Error; for the other operations the same shape is inferred.
    Given the next operation on the chat fails in the backend
    When agent "Alice" performs "SetDisposition" on the chat with:
      | parameter   | value         |
      | disposition | IssueResolved |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
