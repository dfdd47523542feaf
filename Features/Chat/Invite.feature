@api-chat @op-Invite @doc-ChatInvite
Feature: Chat Invite
  An agent who is chatting with a customer invites another agent into a conference. The customer
  sees every agent in the conference; the agents can talk to the customer or among themselves. The
  request is answered at once with a referenceId; the invited agent is offered the chat, and once
  they accept, the new participant appears in the inviter's
  ParticipantsUpdated and in a ParticipantJoined entry of the transcript. If the invitation fails
  later, an Error notification carries the same referenceId and the chat as it was ("Chat API: Invite").

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @must @id-chat.invite.1
  Scenario: Inviting an agent makes a conference the customer can see
    When agent "Alice" invites into the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the chat
    When agent "Bob" accepts the chat
    Then agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Bob      |
      | Customer | Pat      |
    And the "ParticipantsUpdated" notification offers the capabilities:
      | capability                          |
      | SendToAgents                        |
      | SendStartTypingToAgentsNotification |
      | SendStopTypingToAgentsNotification  |
      | Complete                            |
      | Leave                               |
      | SendMessage                         |
    And the message-log update holds the entries:
      | type              | visibility | from      |
      | ParticipantJoined | All        | Agent Bob |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the chat

  @should @id-chat.invite.2
  Scenario: The state change caused by the invitation carries its referenceId
    The sample shows no referenceId on the ParticipantsUpdated, but data.referenceId is how a
    client ties a notification to its request ("Return Values"; docs/inferences.md#reference-id).
    When agent "Alice" invites into the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the chat
    When agent "Bob" accepts the chat
    Then agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | request     | Chatting |

  @must @id-chat.invite.3
  Scenario: Inviting without a targetUri is refused as a missing parameter
    When agent "Alice" attempts to invite into the chat with:
      | parameter | value    |
      | targetUri | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @must @id-chat.invite.4
  Scenario: Inviting into an unknown chat is refused as not found
    When agent "Alice" attempts to invite agent "Bob" into an unknown chat
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @must @id-chat.invite.5
  Scenario: Inviting into a completed chat is refused for its state
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to invite agent "Bob" into the chat
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @must @id-chat.invite.6
  Scenario: An invitation that fails later is reported as an Error with the chat unchanged
    Agent "Carol" exists but is not signed in, so the invitation cannot be delivered; the sample's
    "Failed" notification carries referenceId, errorMessage and the pre-invitation chat.
    Given agent "Carol" is not signed in
    When agent "Alice" invites into the chat with:
      | parameter | value                |
      | targetUri | uri of agent "Carol" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And the "Error" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |
    And agent "Alice" receives no further notification for the chat

  @informational @id-chat.invite.7
  Scenario: Probe the sample's request path without /me
    The sample posts to api/v2/chats/{id} while the Request URL is /api/v2/me/chats/{id}
    (docs/inferences.md#request-path-me). This records what the target does with the sample's path.
    When agent "Alice" probes "Invite" on the chat at the path "/api/v2/chats/{id}" with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the observation records the response and the notifications that followed
