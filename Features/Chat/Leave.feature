@api-chat @op-Leave @doc-ChatLeave
Feature: Chat Leave
  An agent leaves a chat. Alone with the customer, the customer's session ends and the agent stays
  in LeftChat to wrap up; in a conference the agent goes to Completed and the others carry on
  ("Chat API: Leave"; docs/inferences.md#leave-in-conference).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"

  @must @id-chat.leave.1
  Scenario: Leaving a one-agent chat leaves the agent in LeftChat
    Given agent "Alice" has accepted the chat
    When agent "Alice" leaves the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | request     | LeftChat |

  @must @id-chat.leave.2
  Scenario: The text, messageType and treatAs parameters carry a parting message
    Given agent "Alice" has accepted the chat
    When agent "Alice" leaves the chat with:
      | parameter   | value       |
      | text        | Bye for now |
      | messageType | Text        |
      | treatAs     | Normal      |
    Then the request succeeds
    And agent "Alice" receives a "StatusChange" notification for the chat with state "LeftChat"

  @should @id-chat.leave.3
  Scenario: Leaving a conference completes the chat for the leaver only
    The page documents the leaver's Completed; what the agent who stays receives is inferred
    (docs/inferences.md#leave-in-conference): ParticipantsUpdated without the leaver, then ParticipantLeft.
    Given agent "Bob" is signed in and listening for notifications
    And agent "Alice" has accepted the chat
    And agent "Alice" has invited agent "Bob" into the chat
    When agent "Bob" leaves the chat
    Then the request succeeds
    And agent "Bob" receives a "StatusChange" notification for the chat with state "Completed"
    And agent "Alice" receives a "ParticipantsUpdated" notification for the chat with state "Chatting"
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |

  @must @id-chat.leave.4
  Scenario: Leaving an unknown chat is refused as not found
    When agent "Alice" attempts to leave an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.leave.5
  Scenario: Leaving a chat that was never accepted is refused for its state
    When agent "Alice" attempts to leave the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.leave.6
  Scenario: A departure that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was, as in the Invite page's "Failed" sample.
    Given agent "Alice" has accepted the chat
    And the next operation on the chat fails in the backend
    When agent "Alice" leaves the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
