@api-im @op-InitiateIMSession @doc-IMInitiateIMSession
Feature: IM InitiateIMSession
  Initiates a new instant-messaging session from the agent to a destination, a SIP extension that
  supports IM. The request is answered statusCode 0 and the session is pushed in Talking, with the
  userData attached to it. It fails when the agent has no suitable device, when several devices can
  do IM and no devicePath picks one, and when the agent is already in an IM session: an agent can
  take part in one IM session at a time, and a second attempt gets an "Invalid state" error in the
  response ("IM Session API: InitiateIMSession").

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications

  @must @id-im.initiateimsession.1
  Scenario: Initiating an IM session to another agent's extension starts it in Talking
    When agent "Alice" initiates an IM session with:
      | parameter   | value                       |
      | destination | phone number of agent "Bob" |
    Then the request succeeds
    And agent "Alice" receives these notifications for the IM session, in order:
      | channel            | messageType                 | notificationType | referenceId | state   |
      | /v2/me/im-sessions | IMSessionStateChangeMessage | StatusChange     | any         | Talking |
    And the "StatusChange" notification offers the capabilities:
      | capability  |
      | Complete    |
      | SendMessage |
    And the "StatusChange" notification lists the phone number of agent "Bob" among the participants
    And agent "Alice" receives no further notification for the IM session

  @must @id-im.initiateimsession.2
  Scenario: The userData parameter is attached to the new session
    When agent "Alice" initiates an IM session with:
      | parameter   | value                       |
      | destination | phone number of agent "Bob" |
      | userData    | {"favColor": "blue"}        |
    Then the request succeeds
    And agent "Alice" receives a "StatusChange" notification for the IM session with state "Talking"
    And the "StatusChange" notification carries the userData:
      | key      | value |
      | favColor | blue  |

  @must @id-im.initiateimsession.3
  Scenario: The devicePath parameter names the agent's device to use
    When agent "Alice" initiates an IM session with:
      | parameter   | value                        |
      | destination | phone number of agent "Bob"  |
      | devicePath  | device path of agent "Alice" |
    Then the request succeeds
    And agent "Alice" receives a "StatusChange" notification for the IM session with state "Talking"

  @must @id-im.initiateimsession.4
  Scenario: Initiating without a destination is refused as a missing parameter
    When agent "Alice" attempts to initiate an IM session with:
      | parameter   | value    |
      | destination | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the IM session

  @must @id-im.initiateimsession.5
  Scenario: Initiating from an agent with no IM-capable device is refused
    Given agent "Dave" has no IM-capable device and is signed in and listening for notifications
    When agent "Dave" attempts to initiate an IM session with:
      | parameter   | value                       |
      | destination | phone number of agent "Bob" |
    Then the attempt is rejected with a statusMessage
    And agent "Dave" receives no notification for the IM session

  @must @id-im.initiateimsession.6
  Scenario: Initiating from an agent with several IM-capable devices needs a devicePath
    Given agent "Erin" has several IM-capable devices and is signed in and listening for notifications
    When agent "Erin" attempts to initiate an IM session with:
      | parameter   | value                       |
      | destination | phone number of agent "Bob" |
    Then the attempt is rejected with a statusMessage
    And agent "Erin" receives no notification for the IM session

  @must @id-im.initiateimsession.7
  Scenario: With several IM-capable devices, the devicePath parameter picks one
    Given agent "Erin" has several IM-capable devices and is signed in and listening for notifications
    When agent "Erin" initiates an IM session with:
      | parameter   | value                       |
      | destination | phone number of agent "Bob" |
      | devicePath  | device path of agent "Erin" |
    Then the request succeeds
    And agent "Erin" receives a "StatusChange" notification for the IM session with state "Talking"

  @must @id-im.initiateimsession.8
  Scenario: A second IM session while one is going on is refused with "Invalid state"
    Given agent "Carol" is signed in and listening for notifications
    And agent "Alice" has initiated an IM session to agent "Bob"
    When agent "Alice" attempts to initiate an IM session with:
      | parameter   | value                         |
      | destination | phone number of agent "Carol" |
    Then the attempt is rejected with statusMessage "Invalid state"
    And agent "Alice" receives no notification for the IM session

  @informational @id-im.initiateimsession.9
  Scenario: Probe the state string of the new session
    The sample's state is " Talking" with a leading space (docs/inferences.md#im-state-leading-space). This records the exact
    state string the target sends.
    When agent "Alice" initiates an IM session to agent "Bob"
    Then the observation records the state of the first notification for the IM session
