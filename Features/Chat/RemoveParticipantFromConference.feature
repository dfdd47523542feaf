@api-chat @op-RemoveParticipantFromConference @doc-ChatRemoveParticipantFromConference
Feature: Chat RemoveParticipantFromConference
  An agent removes another agent from a conference (Chat API: RemoveParticipantFromConference, a
  draft page). targetUri is the uri of the agent among the participants (the table says userUri, the
  sample and client code targetUri). The page documents a Notice entry
  REMOVE_PARTICIPANT_FROM_CONFERENCE followed by the user id, visible to agents only; the rest of
  the sequence is inferred, so the scenarios are graded @should.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat
    And agent "Alice" has invited agent "Bob" into the chat

  @should @id-chat.removeparticipantfromconference.1
  Scenario: Removing an agent tells the others with a Notice for agents only
    When agent "Alice" performs "RemoveParticipantFromConference" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType    | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | ParticipantsUpdated | request     | Chatting |
      | /v2/me/chats | MessageLogUpdated      | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |
    And the message-log update holds the entries:
      | type            | visibility | from        |
      | Notice          | Agents     | Agent Alice |
      | ParticipantLeft | All        | Agent Bob   |
    And the message-log indices continue the transcript
    And the customer sees no entry meant for agents only in the chat

  @should @id-chat.removeparticipantfromconference.2
  Scenario: The removed agent's chat completes
    When agent "Alice" performs "RemoveParticipantFromConference" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds
    And agent "Bob" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state     |
      | /v2/me/chats | ChatStateChangeMessage | StatusChange     | none        | Completed |
    And agent "Bob" receives no further notification for the chat

  @should @id-chat.removeparticipantfromconference.3
  Scenario: RemoveParticipantFromConference without targetUri is refused as a missing parameter
    When agent "Alice" attempts to perform "RemoveParticipantFromConference" on the chat with:
      | parameter | value    |
      | targetUri | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the chat

  @should @id-chat.removeparticipantfromconference.4
  Scenario: Removing an agent who is not in the conference is refused as invalid
    Given agent "Carol" is not signed in
    When agent "Alice" attempts to perform "RemoveParticipantFromConference" on the chat with:
      | parameter | value                |
      | targetUri | uri of agent "Carol" |
    Then the attempt is rejected with statusCode 10
    And agent "Alice" receives no notification for the chat

  @must @id-chat.removeparticipantfromconference.5
  Scenario: RemoveParticipantFromConference on an unknown chat is refused as not found
    When agent "Alice" attempts to perform "RemoveParticipantFromConference" on an unknown chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the chat

  @should @id-chat.removeparticipantfromconference.6
  Scenario: RemoveParticipantFromConference on a completed chat is refused for its state
    A completed chat offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the chat
    When agent "Alice" attempts to perform "RemoveParticipantFromConference" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the chat

  @should @id-chat.removeparticipantfromconference.7
  Scenario: RemoveParticipantFromConference that fails in the backend is reported as an Error with the chat unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the chat as it was. Only Invite and Consult have a sample
    of this Error; for the other operations the same shape is inferred.
    Given the next operation on the chat fails in the backend
    When agent "Alice" performs "RemoveParticipantFromConference" on the chat with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the chat, in order:
      | channel      | messageType            | notificationType | referenceId | state    |
      | /v2/me/chats | ChatStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the chat unchanged
    And agent "Alice" receives no further notification for the chat
