@api-im @op-Complete @doc-IMSessionComplete
Feature: IM Complete
  An agent releases their IM session; it is pushed in state Completed. Complete takes no parameter
  besides operationName ("IM Session API: Complete").

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And agent "Alice" has initiated an IM session to agent "Bob"

  @must @id-im.complete.1
  Scenario: Completing an IM session releases it
    When agent "Alice" completes the IM session
    Then the request succeeds
    And agent "Alice" receives these notifications for the IM session, in order:
      | channel            | messageType                 | notificationType | referenceId | state     |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | StatusChange     | any         | Completed |
    And agent "Alice" receives no further notification for the IM session

  @must @id-im.complete.2
  Scenario: After completion the agent may initiate a new IM session
    The one-session-at-a-time rule ("IM Session API: InitiateIMSession") applies only while a session is going on.
    Given agent "Alice" has completed the IM session
    When agent "Alice" initiates an IM session to agent "Bob"
    Then the request succeeds
    And agent "Alice" receives a "StatusChange" notification for the IM session with state "Talking"

  @must @id-im.complete.3
  Scenario: Completing an unknown IM session is refused as not found
    When agent "Alice" attempts to complete an unknown IM session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the IM session

  @must @id-im.complete.4
  Scenario: Completing an IM session that is already completed is refused for its state
    Given agent "Alice" has completed the IM session
    When agent "Alice" attempts to complete the IM session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the IM session
