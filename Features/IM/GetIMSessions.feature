@api-im @op-GetIMSessions @doc-IMSessionResource
Feature: IM GetIMSessions
  An agent reads its IM sessions (Web Services API Reference, IM Session API: IM Session resource).
  GET /api/v2/me/im-sessions?fields=* answers statusCode 0 and the sessions under imSessions, each
  with id, state (Initiating, Alerting, Talking or Completed), capabilities, participants, uri, path
  and userData. By the Return Values conventions, the collection without fields answers the sessions'
  uris and one session is read under its singular name, imSession.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And agent "Alice" has initiated an IM session to agent "Bob"

  @must @id-im.getimsessions.1
  Scenario: With fields=* the collection lists the session and its state
    When agent "Alice" reads its IM sessions with all fields
    Then the request succeeds
    And the answer lists the IM session in state "Talking"

  @should @id-im.getimsessions.2
  Scenario: Without fields the collection lists the session's uri
    When agent "Alice" reads its IM sessions
    Then the request succeeds
    And the answer lists the IM session by its uri

  @should @id-im.getimsessions.3
  Scenario: One session is read by its id, with its user data
    Given agent "Alice" has attached userData to the IM session with:
      | parameter | value                |
      | userData  | {"favColor": "blue"} |
    When agent "Alice" reads the IM session
    Then the request succeeds
    And the answer is the IM session in state "Talking" with the userData:
      | key      | value |
      | favColor | blue  |

  @should @id-im.getimsessions.4
  Scenario: The destination agent reads the session too
    No page shows the receiving side; the session is on its device, so it is in its collection.
    Given agent "Bob" has been reached by the IM session
    When agent "Bob" reads its IM sessions with all fields
    Then the request succeeds
    And the answer lists the IM session in state "Talking"

  @should @id-im.getimsessions.5
  Scenario: A completed session leaves the collection
    Given agent "Alice" has completed the IM session
    When agent "Alice" reads its IM sessions with all fields
    Then the request succeeds
    And the answer lists no IM session

  @should @id-im.getimsessions.6
  Scenario: Reading an unknown IM session is refused as not found
    When agent "Alice" attempts to read an unknown IM session
    Then the attempt is rejected with statusCode 6
