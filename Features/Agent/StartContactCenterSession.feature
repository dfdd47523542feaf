@api-agent @op-StartContactCenterSession @doc-StartContactCenterSession
Feature: Agent StartContactCenterSession
  Before an agent can handle chats, SMS sessions or IM sessions it starts a contact-center session
  on the media channels it will work on (Web Services API Reference: StartContactCenterSession):
  POST /api/v2/me with channels (mandatory) and place (optional). When only some of the channels can
  be logged in, the answer is statusCode 7, partial success, with a statusCode and statusMessage per
  channel. The channels' states are then pushed as ChannelStateChangeMessageV2 on /v2/me/channels and
  read from GET /api/v2/me?subresources=*.

  Background:
    Given agent "Alice" is listening for notifications without a contact-center session

  @must @id-agent.startcontactcentersession.1
  Scenario: Starting a session logs the channels in
    When agent "Alice" starts a contact-center session on the channels "chat"
    Then the request succeeds
    And agent "Alice" reads its channels as:
      | channel | state    |
      | chat    | NotReady |

  @should @id-agent.startcontactcentersession.2
  Scenario: Each channel logged in is announced on /v2/me/channels, not yet Ready
    The page names no initial state; a channel is available for routing only after Ready.
    When agent "Alice" starts a contact-center session on the channels "chat, smssession"
    Then the request succeeds
    And agent "Alice" receives a channel state notification for the "chat" channel with state "NotReady"
    And agent "Alice" receives a channel state notification for the "smssession" channel with state "NotReady"

  @must @id-agent.startcontactcentersession.3
  Scenario: A channel that cannot be logged in makes the answer a partial success
    When agent "Alice" attempts to start a contact-center session on the channels "chat, telepathy"
    Then the attempt partly succeeds with statusCode 7
    And agent "Alice" reads its channels as:
      | channel | state    |
      | chat    | NotReady |

  @should @id-agent.startcontactcentersession.4
  Scenario: A partial success lists the result of each channel
    The page gives each channel its statusCode and statusMessage without naming the field; the
    results are expected under channels, the name of the parameter.
    When agent "Alice" attempts to start a contact-center session on the channels "chat, telepathy"
    Then the attempt partly succeeds with statusCode 7
    And the answer lists the channel results:
      | channel   | statusCode |
      | chat      | 0          |
      | telepathy | 10         |

  @must @id-agent.startcontactcentersession.5
  Scenario: Starting without channels is refused as a missing parameter
    When agent "Alice" attempts to start a contact-center session with:
      | parameter | value    |
      | channels  | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" reads no channels

  @should @id-agent.startcontactcentersession.6
  Scenario: Starting with channels that is not a list is refused
    When agent "Alice" attempts to start a contact-center session with:
      | parameter | value |
      | channels  | chat  |
    Then the attempt is rejected with a statusMessage
    And agent "Alice" reads no channels

  @should @id-agent.startcontactcentersession.7
  Scenario: Starting with no channel that can be logged in is refused
    When agent "Alice" attempts to start a contact-center session on the channels "telepathy"
    Then the attempt is rejected with a statusMessage
    And agent "Alice" reads no channels
