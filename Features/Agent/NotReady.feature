@api-agent @op-NotReady @doc-AgentStateControlNotReady
Feature: Agent NotReady
  An agent makes itself unavailable for routing. POST /api/v2/me with NotReady sets every logged-in
  channel NotReady; POST /api/v2/me/channels/{channel} with NotReady sets one channel (Web Services
  API Reference: Setting agent state per channel; NotReady). Each change is pushed as a
  ChannelStateChangeMessageV2 on /v2/me/channels with the userState displayName Not Ready and state
  NotReady.

  Background:
    Given agent "Alice" is signed in and listening for notifications

  @must @id-agent.notready.1
  Scenario: NotReady on the agent sets every logged-in channel NotReady and announces it
    When agent "Alice" becomes NotReady
    Then the request succeeds
    And agent "Alice" receives a channel state notification for the "chat" channel with state "NotReady"
    And agent "Alice" receives a channel state notification for the "smssession" channel with state "NotReady"

  @must @id-agent.notready.2
  Scenario: NotReady on one channel leaves the other channels as they were
    When agent "Alice" becomes NotReady on the "chat" channel
    Then the request succeeds
    And agent "Alice" receives a channel state notification for the "chat" channel with state "NotReady"
    And agent "Alice" reads its channels as:
      | channel    | state    |
      | chat       | NotReady |
      | smssession | Ready    |
      | im         | Ready    |

  @must @id-agent.notready.3
  Scenario: Ready after NotReady makes the channel available again
    Given agent "Alice" has become NotReady on the "chat" channel
    When agent "Alice" becomes Ready on the "chat" channel
    Then the request succeeds
    And agent "Alice" receives a channel state notification for the "chat" channel with state "Ready"

  @should @id-agent.notready.4
  Scenario: NotReady without a contact-center session is refused
    Given agent "Bob" is listening for notifications without a contact-center session
    When agent "Bob" attempts to become NotReady
    Then the attempt is rejected with a statusMessage
