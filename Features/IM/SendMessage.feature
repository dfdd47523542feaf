@api-im @op-SendMessage @doc-IMSessionSendMessage
Feature: IM SendMessage
  An agent sends a text message in their IM session. The page makes text, destination and
  devicePath all mandatory (where InitiateIMSession leaves devicePath optional). The message is
  pushed as an IMLogUpdateMessage NewMessage: a flat text with the session path, and no sender,
  index or timestamp ("IM Session API: SendMessage", "IM Session API: Message Types").

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And agent "Alice" has initiated an IM session to agent "Bob"

  @must @id-im.sendmessage.1
  Scenario: Sending a message pushes it as an IM log update
    When agent "Alice" sends the IM message "Hello Bob" in the IM session
    Then the request succeeds
    And agent "Alice" receives these notifications for the IM session, in order:
      | channel            | messageType        | notificationType | referenceId | state |
      | /v2/me/im-sessions | IMLogUpdateMessage | NewMessage       | none        |       |
    And the IM log update carries the message "Hello Bob"
    And agent "Alice" receives no further notification for the IM session

  @must @id-im.sendmessage.2
  Scenario: Sending without text is refused as a missing parameter
    When agent "Alice" attempts to send an IM message in the IM session with:
      | parameter | value    |
      | text      | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the IM session

  @must @id-im.sendmessage.3
  Scenario: Sending without a destination is refused as a missing parameter
    When agent "Alice" attempts to send an IM message in the IM session with:
      | parameter   | value    |
      | destination | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the IM session

  @must @id-im.sendmessage.4
  Scenario: Sending without a devicePath is refused as a missing parameter
    When agent "Alice" attempts to send an IM message in the IM session with:
      | parameter  | value    |
      | devicePath | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the IM session

  @must @id-im.sendmessage.5
  Scenario: Sending in an unknown IM session is refused as not found
    When agent "Alice" attempts to send the IM message "Hi" in an unknown IM session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the IM session

  @must @id-im.sendmessage.6
  Scenario: Sending in a completed IM session is refused for its state
    Given agent "Alice" has completed the IM session
    When agent "Alice" attempts to send the IM message "Hi" in the IM session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the IM session

  @informational @id-im.sendmessage.7
  Scenario: Probe SendMessage with the text alone
    The SendMessage page makes destination and devicePath mandatory, while InitiateIMSession leaves
    devicePath optional and the session already has both ends. This records whether the target
    accepts a message that carries only its text.
    When agent "Alice" probes IM SendMessage with only the text "Hello Bob"
    Then the observation records the response and the notifications that followed
