@api-agent @op-EndContactCenterSession @doc-StartContactCenterSession
Feature: Agent EndContactCenterSession
  An agent ends its contact-center session with EndContactCenterSession on POST /api/v2/me (Web
  Services API Reference: StartContactCenterSession). The agent's channels are logged out: they leave
  the user resource, and the agent is no longer available for routing.

  Background:
    Given agent "Alice" is listening for notifications without a contact-center session
    And agent "Alice" has started a contact-center session on the channels "chat, smssession"

  @must @id-agent.endcontactcentersession.1
  Scenario: Ending the session is answered statusCode 0
    When agent "Alice" ends the contact-center session
    Then the request succeeds

  @should @id-agent.endcontactcentersession.2
  Scenario: After the session ends the user lists no channels
    When agent "Alice" ends the contact-center session
    Then the request succeeds
    And agent "Alice" reads no channels

  @should @id-agent.endcontactcentersession.3
  Scenario: After the session ends the agent cannot become Ready
    Ready changes the state of logged-in channels; there are none left.
    Given agent "Alice" has ended the contact-center session
    When agent "Alice" attempts to become Ready
    Then the attempt is rejected with a statusMessage

  @should @id-agent.endcontactcentersession.4
  Scenario: A new session can be started after the last one ended
    Given agent "Alice" has ended the contact-center session
    When agent "Alice" starts a contact-center session on the channels "chat"
    Then the request succeeds
    And agent "Alice" reads its channels as:
      | channel | state    |
      | chat    | NotReady |
