@api-chat @op-Transfer @doc-ChatSingleStepTransfer
Feature: Chat Transfer
  An agent hands the chat to another agent, named by targetUri, or to a queue, named by queueName;
  exactly one of the two is given (Chat API: Transfer). The page's Notifications section is empty:
  that the sender's chat completes with the request's referenceId and the target agent is offered it
  is inferred, so those scenarios are graded @should.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @should @id-chat.transfer.1
  Scenario: Transferring to an agent completes the sender's chat and offers it to the target
    When agent "Alice" performs "Transfer" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | request     | Completed |
    And agent "Bob" is offered the chat
    And agent "Alice" receives no further notification for the chat

  @should @id-chat.transfer.2
  Scenario: Transferring to a queue completes the sender's chat
    The chat waits in the queue, which no agent serves, so no other agent is offered it.
    When agent "Alice" performs "Transfer" on the chat with:
      | parameter | value                   |
      | queueName | a queue no agent serves |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | request     | Completed |
    And agent "Alice" receives no further notification for the chat

  @must @id-chat.transfer.3
  Scenario: Transfer without a targetUri or queueName is refused as a missing parameter
    When agent "Alice" attempts to perform "Transfer" on the chat with:
      | parameter | value    |
      | targetUri | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @should @id-chat.transfer.4
  Scenario: Transfer with both a targetUri and a queueName is refused as invalid
    The page asks for one of the two; both at once is read as invalid input.
    When agent "Alice" attempts to perform "Transfer" on the chat with:
      | parameter | value                   |
      | targetUri | uri of agent "Bob"      |
      | queueName | a queue no agent serves |
    Then the attempt is rejected with statusCode 10
    And agent "Alice" receives no notification for the chat

  @must @id-chat.transfer.5
  Scenario: Transfer on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "Transfer" on an unknown chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.transfer.6
  Scenario: Transfer on a completed chat is refused for its state
    A completed chat offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to perform "Transfer" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.transfer.7
  Scenario: A transfer the target cannot take is reported as an Error with the chat unchanged
    Given agent "Carol" is not signed in
    When agent "Alice" performs "Transfer" on the chat with:
      | parameter | value                |
      | targetUri | uri of agent "Carol" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged

  @should @id-chat.transfer.8
  Scenario: Transfer that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was. Only Invite and Consult have a sample
    of this Error; for the other operations the same shape is inferred.
    Given the next operation on the chat fails in the backend
    When agent "Alice" performs "Transfer" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
