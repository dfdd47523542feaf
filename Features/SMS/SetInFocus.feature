@api-sms @op-SetInFocus @doc-SMSSetDisposition
Feature: SMS SetInFocus
  SetInFocus is a capability word with no page of its own: the later SMS samples list it while
  chatting (the 2014 samples spell it InFocus). What a server answers is not documented; the
  scenarios check that the word is offered and record what the target does with it.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @should @id-sms.setinfocus.1
  Scenario: A chatting agent's SMS session offers SetInFocus
    The later samples list SetInFocus among the 13 capabilities of a chatting agent; the 2014 ones
    say InFocus.
    When agent "Alice" reads the SMS session
    Then the answer is the SMS session in state "Chatting"
    And the answer's SMS session offers the capabilities:
      | capability |
      | SetInFocus |

  @informational @id-sms.setinfocus.2
  Scenario: Probe what SetInFocus does
    No page documents SetInFocus; a proposal reads it as statusCode 0 with no state change.
    When agent "Alice" probes "SetInFocus" on the SMS session at the path "/api/v2/me/smssessions/{id}" with:
      | parameter | value    |
      | (none)    | (absent) |
    Then the observation records the response and the notifications that followed
