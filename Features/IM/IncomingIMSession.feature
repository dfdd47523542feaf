@api-im @op-IncomingIMSession @doc-IMSessionMessageType
Feature: IM IncomingIMSession
  What the agent at the destination of an IM session receives (Web Services API Reference, IM
  Session API: IM Session message types and IM Session resource). The resource page lists Alerting
  (the session rings on the agent's device) and Talking among the session states; the IM Session
  API documents no operation to answer or accept a session. These scenarios are inferred from that:
  the destination agent is told of the session, its messages and its end, on /v2/me/im-sessions.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications

  @should @id-im.incomingimsession.1
  Scenario: The destination agent's session rings and then talks, with no action of its own
    When agent "Alice" initiates an IM session to agent "Bob"
    Then the request succeeds
    And agent "Bob" receives these notifications for the IM session, in order:
      | channel            | messageType                 | notificationType | referenceId | state    |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | StatusChange     | none        | Alerting |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | StatusChange     | none        | Talking  |
    And the "StatusChange" notification lists the phone number of agent "Alice" among the participants
    And the "StatusChange" notification offers the capabilities:
      | capability  |
      | Complete    |
      | SendMessage |
    And agent "Bob" receives no further notification for the IM session

  @should @id-im.incomingimsession.2
  Scenario: A message sent by the initiator reaches the destination agent
    Given agent "Alice" has initiated an IM session to agent "Bob"
    And agent "Bob" has been reached by the IM session
    When agent "Alice" sends the IM message "Hello Bob" in the IM session
    Then the request succeeds
    And agent "Bob" receives these notifications for the IM session, in order:
      | channel            | messageType        | notificationType | referenceId | state |
      | /v2/me/im-sessions | IMLogUpdateMessage | NewMessage       | none        |       |
    And the IM log update carries the message "Hello Bob"

  @should @id-im.incomingimsession.3
  Scenario: The destination agent answers in the same session
    Given agent "Alice" has initiated an IM session to agent "Bob"
    And agent "Bob" has been reached by the IM session
    When agent "Bob" sends the IM message "Hello Alice" in the IM session
    Then the request succeeds
    And agent "Alice" receives these notifications for the IM session, in order:
      | channel            | messageType        | notificationType | referenceId | state |
      | /v2/me/im-sessions | IMLogUpdateMessage | NewMessage       | none        |       |
    And the IM log update carries the message "Hello Alice"

  @should @id-im.incomingimsession.4
  Scenario: When the initiator completes, the destination agent's session completes
    Given agent "Alice" has initiated an IM session to agent "Bob"
    And agent "Bob" has been reached by the IM session
    When agent "Alice" completes the IM session
    Then the request succeeds
    And agent "Bob" receives these notifications for the IM session, in order:
      | channel            | messageType                 | notificationType | referenceId | state     |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | StatusChange     | none        | Completed |
    And agent "Bob" receives no further notification for the IM session

  @should @id-im.incomingimsession.5
  Scenario: The destination agent may complete the session itself
    Given agent "Alice" has initiated an IM session to agent "Bob"
    And agent "Bob" has been reached by the IM session
    When agent "Bob" completes the IM session
    Then the request succeeds
    And agent "Alice" receives a "StatusChange" notification for the IM session with state "Completed"
