@api-im @op-UpdateUserData @doc-IMSessionUpdateUserData
Feature: IM UpdateUserData
  An agent changes the values of user data attached to their IM session (Web Services API Reference,
  IM Session API: UpdateUserData). The userData parameter is mandatory; the change is pushed as an
  IMSessionStateChangeMessage AttachedDataChanged on /v2/me/im-sessions.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And agent "Alice" has initiated an IM session to agent "Bob"
    And agent "Alice" has attached userData to the IM session with:
      | parameter | value                                |
      | userData  | {"favColor": "blue", "tier": "gold"} |

  @must @id-im.updateuserdata.1
  Scenario: Updating user data pushes AttachedDataChanged with the new value
    When agent "Alice" updates userData in the IM session with:
      | parameter | value               |
      | userData  | {"favColor": "red"} |
    Then the request succeeds
    And agent "Alice" receives these notifications for the IM session, in order:
      | channel            | messageType                 | notificationType    | referenceId | state   |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | AttachedDataChanged | any         | Talking |
    And the "AttachedDataChanged" notification carries the userData:
      | key      | value |
      | favColor | red   |
    And agent "Alice" receives no further notification for the IM session

  @should @id-im.updateuserdata.2
  Scenario: Updating one key leaves the others as they were
    The notification is expected to carry the whole userData, as the chat and SMS samples do.
    When agent "Alice" updates userData in the IM session with:
      | parameter | value               |
      | userData  | {"favColor": "red"} |
    Then the request succeeds
    And agent "Alice" receives an "AttachedDataChanged" notification for the IM session with state "Talking"
    And the "AttachedDataChanged" notification carries the userData:
      | key      | value |
      | favColor | red   |
      | tier     | gold  |

  @must @id-im.updateuserdata.3
  Scenario: Updating without userData is refused as a missing parameter
    When agent "Alice" attempts to update userData in the IM session with:
      | parameter | value    |
      | userData  | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the IM session

  @should @id-im.updateuserdata.4
  Scenario: Updating with userData that is not an object is refused
    When agent "Alice" attempts to update userData in the IM session with:
      | parameter | value   |
      | userData  | ["red"] |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the IM session

  @must @id-im.updateuserdata.5
  Scenario: Updating in an unknown IM session is refused as not found
    When agent "Alice" attempts to update userData in an unknown IM session with:
      | parameter | value               |
      | userData  | {"favColor": "red"} |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the IM session

  @should @id-im.updateuserdata.6
  Scenario: Updating in a completed IM session is refused
    Given agent "Alice" has completed the IM session
    When agent "Alice" attempts to update userData in the IM session with:
      | parameter | value               |
      | userData  | {"favColor": "red"} |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the IM session
