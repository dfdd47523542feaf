@api-chat @op-SetInFocus @doc-ChatMessageType
Feature: Chat SetInFocus
  SetInFocus is a capability word with no page of its own: the later chat samples list it while
  chatting (the 2014 samples spell it InFocus). What a server answers is not documented; the
  scenarios check that the word is offered and record what the target does with it.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered a chat to agent "Alice"
    And agent "Alice" has accepted the chat

  @should @id-chat.setinfocus.1
  Scenario: A chatting agent's chat offers SetInFocus
    The later samples list SetInFocus among the 13 capabilities of a chatting agent; the 2014 ones
    say InFocus.
    When agent "Alice" reads the chat
    Then the answer is the chat in state "Chatting"
    And the answer's chat offers the capabilities:
      | capability |
      | SetInFocus |

  @informational @id-chat.setinfocus.2
  Scenario: Probe what SetInFocus does
    No page documents SetInFocus; a proposal reads it as statusCode 0 with no state change.
    When agent "Alice" probes "SetInFocus" on the chat at the path "/api/v2/me/chats/{id}" with:
      | parameter | value    |
      | (none)    | (absent) |
    Then the observation records the response and the notifications that followed
