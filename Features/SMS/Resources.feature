@api-sms @op-Resources @doc-SMSResources
Feature: SMS Resources
  The agent reads its SMS sessions with GET: the collection (with fields=* the sessions themselves,
  without it their uris), one SMS session, and its messages with startIndex and count (SMS API:
  Resources). The uri and path that every notification hands out name the same resource, so a client
  may follow them.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.resources.1
  Scenario: The collection with all fields holds the SMS session
    When agent "Alice" lists its SMS sessions with all fields
    Then the request succeeds
    And the list holds the SMS session in state "Chatting"

  @should @id-sms.resources.2
  Scenario: The collection without fields holds the uri of the SMS session
    The ReturnValues rule: a collection without fields answers uris.
    When agent "Alice" lists its SMS sessions
    Then the request succeeds
    And the list holds the uri of the SMS session

  @should @id-sms.resources.3
  Scenario: The SMS session reads as the agent last saw it
    When agent "Alice" reads the SMS session
    Then the request succeeds
    And the answer is the SMS session in state "Chatting"

  @should @id-sms.resources.4
  Scenario: The uri a notification hands out resolves to the SMS session
    Notifications name the SMS session by uri (http://host/api/v2/smssessions/{id} in the samples);
    a client that follows it must find the resource.
    When agent "Alice" follows the uri of the SMS session from its last notification
    Then the request succeeds
    And the answer is the SMS session in state "Chatting"

  @should @id-sms.resources.5
  Scenario: The path a notification hands out resolves under /api/v2
    When agent "Alice" follows the path of the SMS session from its last notification
    Then the request succeeds
    And the answer is the SMS session in state "Chatting"

  @should @id-sms.resources.6
  Scenario: The messages hold the transcript from its first entry
    So far the transcript holds the customer's ParticipantJoined and the agent's; a server that logs
    more system entries may hold more.
    When agent "Alice" reads the messages of the SMS session
    Then the request succeeds
    And the answer holds 2 messages from index 1

  @should @id-sms.resources.7
  Scenario: startIndex and count select part of the messages
    When agent "Alice" reads at most 1 message of the SMS session from index 2
    Then the request succeeds
    And the answer holds 1 message from index 2

  @must @id-sms.resources.8
  Scenario: Reading an unknown SMS session is refused as not found
    When agent "Alice" attempts to read an unknown SMS session
    Then the attempt is rejected with statusCode 6
