@api-im @op-AttachUserData @doc-IMSessionAttachUserData
Feature: IM AttachUserData
  An agent attaches user data to their IM session (Web Services API Reference, IM Session API:
  AttachUserData). The userData parameter is mandatory and holds the keys and values to attach; the
  change is pushed as an IMSessionStateChangeMessage AttachedDataChanged on /v2/me/im-sessions. No IM
  sample shows a referenceId, so none is required.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And agent "Alice" has initiated an IM session to agent "Bob"

  @must @id-im.attachuserdata.1
  Scenario: Attaching user data pushes AttachedDataChanged with the attached keys
    When agent "Alice" attaches userData in the IM session with:
      | parameter | value                                |
      | userData  | {"favColor": "blue", "tier": "gold"} |
    Then the request succeeds
    And agent "Alice" receives these notifications for the IM session, in order:
      | channel            | messageType                 | notificationType    | referenceId | state   |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | AttachedDataChanged | any         | Talking |
    And the "AttachedDataChanged" notification carries the userData:
      | key      | value |
      | favColor | blue  |
      | tier     | gold  |
    And agent "Alice" receives no further notification for the IM session

  @should @id-im.attachuserdata.2
  Scenario: AttachedDataChanged carries the session's whole user data
    The chat and SMS user-data samples push the whole userData, not only the change; the IM page
    shows no sample, so the same is expected of it.
    Given agent "Alice" has attached userData to the IM session with:
      | parameter | value                |
      | userData  | {"favColor": "blue"} |
    When agent "Alice" attaches userData in the IM session with:
      | parameter | value            |
      | userData  | {"tier": "gold"} |
    Then the request succeeds
    And agent "Alice" receives an "AttachedDataChanged" notification for the IM session with state "Talking"
    And the "AttachedDataChanged" notification carries the userData:
      | key      | value |
      | favColor | blue  |
      | tier     | gold  |

  @should @id-im.attachuserdata.3
  Scenario: The other agent of the session is told of the attached data too
    No page shows the other side of an IM session; the user data belongs to the session, so both
    sides are expected to see the change.
    Given agent "Bob" has been reached by the IM session
    When agent "Alice" attaches userData in the IM session with:
      | parameter | value                |
      | userData  | {"favColor": "blue"} |
    Then the request succeeds
    And agent "Bob" receives an "AttachedDataChanged" notification for the IM session with state "Talking"
    And the "AttachedDataChanged" notification carries the userData:
      | key      | value |
      | favColor | blue  |

  @must @id-im.attachuserdata.4
  Scenario: Attaching without userData is refused as a missing parameter
    When agent "Alice" attempts to attach userData in the IM session with:
      | parameter | value    |
      | userData  | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the IM session

  @should @id-im.attachuserdata.5
  Scenario: Attaching userData that is not an object is refused
    The page describes userData as the key-value pairs to attach; a plain string is not one.
    When agent "Alice" attempts to attach userData in the IM session with:
      | parameter | value |
      | userData  | blue  |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the IM session

  @must @id-im.attachuserdata.6
  Scenario: Attaching to an unknown IM session is refused as not found
    When agent "Alice" attempts to attach userData in an unknown IM session with:
      | parameter | value                |
      | userData  | {"favColor": "blue"} |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the IM session

  @should @id-im.attachuserdata.7
  Scenario: Attaching to a completed IM session is refused
    A completed session offers no further operation; the Complete sample still lists the
    capabilities it had, so the refusal is inferred.
    Given agent "Alice" has completed the IM session
    When agent "Alice" attempts to attach userData in the IM session with:
      | parameter | value                |
      | userData  | {"favColor": "blue"} |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the IM session
