@api-chat @op-Resources @doc-ChatResources
Feature: Chat Resources
  The agent reads its chats with GET: the collection (with fields=* the sessions themselves, without
  it their uris), one chat, and its messages with startIndex and count (the chat forms are inferred
  from the SMS page, SMS API: Resources). The uri and path that every notification hands out name
  the same resource, so a client may follow them.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @should @id-chat.resources.1
  Scenario: The collection with all fields holds the chat
    When agent "Alice" lists its chats with all fields
    Then the request succeeds
    And the list holds the chat in state "Chatting"

  @should @id-chat.resources.2
  Scenario: The collection without fields holds the uri of the chat
    The ReturnValues rule: a collection without fields answers uris.
    When agent "Alice" lists its chats
    Then the request succeeds
    And the list holds the uri of the chat

  @should @id-chat.resources.3
  Scenario: The chat reads as the agent last saw it
    When agent "Alice" reads the chat
    Then the request succeeds
    And the answer is the chat in state "Chatting"

  @should @id-chat.resources.4
  Scenario: The uri a notification hands out resolves to the chat
    Notifications name the chat by uri (http://host/api/v2/chats/{id} in the samples); a client that
    follows it must find the resource.
    When agent "Alice" follows the uri of the chat from its last notification
    Then the request succeeds
    And the answer is the chat in state "Chatting"

  @should @id-chat.resources.5
  Scenario: The path a notification hands out resolves under /api/v2
    When agent "Alice" follows the path of the chat from its last notification
    Then the request succeeds
    And the answer is the chat in state "Chatting"

  @should @id-chat.resources.6
  Scenario: The messages hold the transcript from its first entry
    So far the transcript holds the customer's ParticipantJoined and the agent's; a server that logs
    more system entries may hold more.
    When agent "Alice" reads the messages of the chat
    Then the request succeeds
    And the answer holds 2 messages from index 1

  @should @id-chat.resources.7
  Scenario: startIndex and count select part of the messages
    When agent "Alice" reads at most 1 message of the chat from index 2
    Then the request succeeds
    And the answer holds 1 message from index 2

  @must @id-chat.resources.8
  Scenario: Reading an unknown chat is refused as not found
    When agent "Alice" attempts to read an unknown chat
    Then the attempt is rejected with statusCode 6
