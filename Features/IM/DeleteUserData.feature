@api-im @op-DeleteUserData @doc-IMSessionDeleteUserData
Feature: IM DeleteUserData
  An agent removes one key of the user data attached to their IM session (Web Services API Reference,
  IM Session API: DeleteUserData). The mandatory parameter is key, a single string, where the chat
  and SMS versions of the operation take an array named keys. The change is pushed as an
  IMSessionStateChangeMessage AttachedDataChanged on /v2/me/im-sessions.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And agent "Alice" has initiated an IM session to agent "Bob"
    And agent "Alice" has attached userData to the IM session with:
      | parameter | value                                |
      | userData  | {"favColor": "blue", "tier": "gold"} |

  @must @id-im.deleteuserdata.1
  Scenario: Deleting a key pushes AttachedDataChanged without it
    When agent "Alice" deletes userData in the IM session with:
      | parameter | value    |
      | key       | favColor |
    Then the request succeeds
    And agent "Alice" receives these notifications for the IM session, in order:
      | channel            | messageType                 | notificationType    | referenceId | state   |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | AttachedDataChanged | any         | Talking |
    And the "AttachedDataChanged" notification carries no userData key "favColor"
    And agent "Alice" receives no further notification for the IM session

  @should @id-im.deleteuserdata.2
  Scenario: Deleting one key keeps the others
    When agent "Alice" deletes userData in the IM session with:
      | parameter | value    |
      | key       | favColor |
    Then the request succeeds
    And agent "Alice" receives an "AttachedDataChanged" notification for the IM session with state "Talking"
    And the "AttachedDataChanged" notification carries the userData:
      | key  | value |
      | tier | gold  |

  @must @id-im.deleteuserdata.3
  Scenario: Deleting without a key is refused as a missing parameter
    When agent "Alice" attempts to delete userData in the IM session with:
      | parameter | value    |
      | key       | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the IM session

  @should @id-im.deleteuserdata.4
  Scenario: The chat form, an array of keys, is refused
    The IM page names a single string key; an array under keys is the chat and SMS parameter, not
    this one, so the request lacks key.
    When agent "Alice" attempts to delete userData in the IM session with:
      | parameter | value        |
      | keys      | ["favColor"] |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the IM session

  @should @id-im.deleteuserdata.5
  Scenario: Deleting a key the session does not have is refused
    Nothing can be deleted; the page does not say how the refusal reads.
    When agent "Alice" attempts to delete userData in the IM session with:
      | parameter | value     |
      | key       | shoeColor |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the IM session

  @must @id-im.deleteuserdata.6
  Scenario: Deleting in an unknown IM session is refused as not found
    When agent "Alice" attempts to delete userData in an unknown IM session with:
      | parameter | value    |
      | key       | favColor |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the IM session

  @should @id-im.deleteuserdata.7
  Scenario: Deleting in a completed IM session is refused
    Given agent "Alice" has completed the IM session
    When agent "Alice" attempts to delete userData in the IM session with:
      | parameter | value    |
      | key       | favColor |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" receives no notification for the IM session
