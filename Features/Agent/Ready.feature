@api-agent @op-Ready @doc-AgentStateControlReady
Feature: Agent Ready
  An agent makes itself available for routing. POST /api/v2/me with Ready sets every logged-in
  channel Ready; POST /api/v2/me/channels/{channel} with Ready sets one channel (Web Services API
  Reference: Setting agent state per channel; Ready). Each change is pushed as a
  ChannelStateChangeMessageV2 on /v2/me/channels listing the channel, its dndState and its userState
  (id, displayName Ready, state Ready).

  Background:
    Given agent "Alice" is listening for notifications without a contact-center session
    And agent "Alice" has started a contact-center session on the channels "chat, smssession"

  @must @id-agent.ready.1
  Scenario: Ready on the agent sets every logged-in channel Ready and announces it
    When agent "Alice" becomes Ready
    Then the request succeeds
    And agent "Alice" receives a channel state notification for the "chat" channel with state "Ready"
    And agent "Alice" receives a channel state notification for the "smssession" channel with state "Ready"
    And agent "Alice" reads its channels as:
      | channel    | state |
      | chat       | Ready |
      | smssession | Ready |

  @must @id-agent.ready.2
  Scenario: Ready on one channel sets only that channel Ready
    When agent "Alice" becomes Ready on the "chat" channel
    Then the request succeeds
    And agent "Alice" receives a channel state notification for the "chat" channel with state "Ready"
    And agent "Alice" reads its channels as:
      | channel    | state    |
      | chat       | Ready    |
      | smssession | NotReady |

  @should @id-agent.ready.3
  Scenario: Ready on a channel that is not logged in is refused
    When agent "Alice" attempts to become Ready on the "email" channel
    Then the attempt is rejected with a statusMessage

  @should @id-agent.ready.4
  Scenario: Ready without a contact-center session is refused
    Given agent "Bob" is listening for notifications without a contact-center session
    When agent "Bob" attempts to become Ready
    Then the attempt is rejected with a statusMessage
