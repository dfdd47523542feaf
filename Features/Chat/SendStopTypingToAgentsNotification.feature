@api-chat @op-SendStopTypingToAgentsNotification @doc-ChatSendStartTypingToAgentsNotification
Feature: Chat SendStopTypingToAgentsNotification
  An agent in a conference tells the other agents only that they have stopped typing. Only the Start
  page is stored (Chat API: SendStartTypingToAgentsNotification); the Stop operation is listed as a
  capability and mirrors it with a TypingStopped entry with visibility Agents, so its success is
  graded @should.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat
    And agent "Alice" has invited agent "Bob" into the chat

  @should @id-chat.sendstoptypingtoagentsnotification.1
  Scenario: SendStopTypingToAgentsNotification reaches every agent of the conference
    When agent "Alice" performs "SendStopTypingToAgentsNotification" on the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type          | visibility | from        |
      | TypingStopped | Agents     | Agent Alice |
    And the message-log indices continue the transcript
    And agent "Bob" receives these notifications for the chat, in order:
      | channel      | messageType       | notificationType | referenceId | state |
      | /v2/me/chats | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type          | visibility | from        |
      | TypingStopped | Agents     | Agent Alice |
    And the message-log indices continue the transcript
    And agent "Bob" receives no further notification for the chat

  @should @id-chat.sendstoptypingtoagentsnotification.2
  Scenario: SendStopTypingToAgentsNotification never reaches the customer
    Visibility Agents: the entry is for the agents of the conference only, so the last thing the
    customer saw is still Bob joining; the mock's control API shows what the customer has seen.
    When agent "Alice" performs "SendStopTypingToAgentsNotification" on the chat
    Then the request succeeds
    And the customer sees no entry meant for agents only in the chat
    And the customer's transcript of the chat ends with the entries:
      | type              | visibility | from      |
      | ParticipantJoined | All        | Agent Bob |

  @must @id-chat.sendstoptypingtoagentsnotification.3
  Scenario: SendStopTypingToAgentsNotification on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "SendStopTypingToAgentsNotification" on an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.sendstoptypingtoagentsnotification.4
  Scenario: SendStopTypingToAgentsNotification on a completed chat is refused for its state
    A completed chat offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to perform "SendStopTypingToAgentsNotification" on the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.sendstoptypingtoagentsnotification.5
  Scenario: SendStopTypingToAgentsNotification that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was. Only Invite and Consult have a sample
    of this Error; for the other operations the same shape is inferred.
    Given the next operation on the chat fails in the backend
    When agent "Alice" performs "SendStopTypingToAgentsNotification" on the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
