@api-agent @op-GetMe @doc-UsersResource
Feature: Agent GetMe
  GET /api/v2/me answers the signed-in user; with subresources=* it adds the user's devices and
  channels, which is how a client recovers an agent's state (Web Services API Reference: Users
  resource; Devices resource; Channels resource). A device carries its deviceState, the agent's
  userState on it, its phoneNumber and capabilities; a channel carries its userState.

  Background:
    Given agent "Alice" is signed in and listening for notifications

  @must @id-agent.getme.1
  Scenario: The user resource is the signed-in user
    When agent "Alice" reads its user with all subresources
    Then the request succeeds
    And agent "Alice" reads its own user with its id, userName, uri and path

  @should @id-agent.getme.2
  Scenario: Every device carries the fields a client reads its state from
    The device samples of the API reference show these fields; the IM device of the mock is a SIP
    multimedia DN, so it has them like any agent device.
    When agent "Alice" reads its user with all subresources
    Then the request succeeds
    And every device agent "Alice" reads carries the fields:
      | field        |
      | id           |
      | deviceState  |
      | userState    |
      | phoneNumber  |
      | capabilities |

  @should @id-agent.getme.3
  Scenario: The channels the suite signed in on are listed Ready
    The suite starts its agents' sessions on chat, smssession and im and makes them Ready; the SMS
    and IM channel names are not documented for StartContactCenterSession.
    When agent "Alice" reads its user with all subresources
    Then the request succeeds
    And agent "Alice" reads its channels as:
      | channel    | state |
      | chat       | Ready |
      | smssession | Ready |
      | im         | Ready |
