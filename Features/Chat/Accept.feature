@api-chat @op-Accept @doc-ChatAccept
Feature: Chat Accept
  An agent accepts a chat that was offered to them (state Invited). The chat moves to Chatting,
  the agent joins the participants under the nickname they chose, and the transcript so far is
  pushed to them as a message-log update ("Chat API: Accept"; the notification order is the
  one of the "SMS Session API: Accept" sample).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"

  @must @id-chat.accept.1
  Scenario: Accepting an offered chat starts the conversation
    When agent "Alice" accepts the chat
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | none        | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the "StatusChange" notification offers the capabilities:
      | capability  |
      | Complete    |
      | Leave       |
      | Transfer    |
      | SendMessage |
    And the "StatusChange" notification does not offer the capabilities:
      | capability |
      | Accept     |
      | Reject     |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |
    And the message-log update holds the entries:
      | type              | visibility | from         |
      | ParticipantJoined | All        | Customer Pat |
      | ParticipantJoined | All        | Agent Alice  |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the chat

  @must @id-chat.accept.2
  Scenario: The nickname parameter is the name the customer sees
    When agent "Alice" accepts the chat with:
      | parameter | value       |
      | nickname  | Alice Smith |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | none        | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname    |
      | Agent    | Alice Smith |
      | Customer | Pat         |
    And the message-log update holds the entries:
      | type              | visibility | from              |
      | ParticipantJoined | All        | Customer Pat      |
      | ParticipantJoined | All        | Agent Alice Smith |

  @must @id-chat.accept.3
  Scenario: The saveLAR parameter is accepted with either value
    The last-agent-routing record lives in the Contact Profile, which this API does not expose,
    so the observable contract is only that Accept succeeds as usual.
    When agent "Alice" accepts the chat with:
      | parameter | value |
      | saveLAR   | true  |
    Then the request succeeds
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange        | request     | Chatting |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | none        | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |

  @should @id-chat.accept.4
  Scenario: Accepting without a nickname is refused as a missing parameter
    The page marks saveLAR "(optional)" and nickname not, so nickname reads as mandatory (docs/inferences.md#nickname-mandatory).
    When agent "Alice" attempts to accept the chat with:
      | parameter | value    |
      | nickname  | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @must @id-chat.accept.5
  Scenario: Accepting an unknown chat is refused as not found
    When agent "Alice" attempts to accept an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.accept.6
  Scenario: Accepting a chat that is already accepted is refused for its state
    Given agent "Alice" has accepted the chat
    When agent "Alice" attempts to accept the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.accept.7
  Scenario: An acceptance that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was, as in the Invite page's "Failed" sample.
    Given the next operation on the chat fails in the backend
    When agent "Alice" accepts the chat
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state   |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Invited |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
