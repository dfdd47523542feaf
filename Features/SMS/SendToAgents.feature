@api-sms @op-SendToAgents @doc-SMSSendToAgents
Feature: SMS SendToAgents
  An agent in a conference writes to the other agents only (SMS API: SendToAgents). The entry is a
  Text with visibility Agents: every agent of the conference receives it, the customer never does.

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session
    And agent "Alice" has invited agent "Bob" into the SMS session

  @must @id-sms.sendtoagents.1
  Scenario: SendToAgents reaches every agent of the conference
    When agent "Alice" performs "SendToAgents" on the SMS session with:
      | parameter | value                              |
      | text      | Can you take the billing question? |
    Then the request succeeds
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from        | text                               |
      | Text | Agents     | Agent Alice | Can you take the billing question? |
    And the message-log indices continue the transcript
    And agent "Bob" receives these notifications for the SMS session, in order:
      | channel            | messageType       | notificationType | referenceId | state |
      | /v2/me/smssessions | MessageLogUpdated | NewMessages      | none        |       |
    And the message-log update holds the entries:
      | type | visibility | from        | text                               |
      | Text | Agents     | Agent Alice | Can you take the billing question? |
    And the message-log indices continue the transcript
    And agent "Bob" receives no further notification for the SMS session

  @must @id-sms.sendtoagents.2
  Scenario: SendToAgents never reaches the customer
    Visibility Agents: the entry is for the agents of the conference only, so the last thing the
    customer saw is still Bob joining; the mock's control API shows what the customer has seen.
    When agent "Alice" performs "SendToAgents" on the SMS session with:
      | parameter | value                              |
      | text      | Can you take the billing question? |
    Then the request succeeds
    And the customer sees no entry meant for agents only in the SMS session
    And the customer's transcript of the SMS session ends with the entries:
      | type              | visibility | from      |
      | ParticipantJoined | All        | Agent Bob |

  @must @id-sms.sendtoagents.3
  Scenario: SendToAgents without text is refused as a missing parameter
    When agent "Alice" attempts to perform "SendToAgents" on the SMS session with:
      | parameter | value    |
      | text      | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendtoagents.4
  Scenario: SendToAgents on an unknown SMS session is refused as not found
    When agent "Alice" attempts to perform "SendToAgents" on an unknown SMS session with:
      | parameter | value                              |
      | text      | Can you take the billing question? |
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.sendtoagents.5
  Scenario: SendToAgents on a completed SMS session is refused for its state
    A completed SMS session offers no capabilities, so every operation is out of state.
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to perform "SendToAgents" on the SMS session with:
      | parameter | value                              |
      | text      | Can you take the billing question? |
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @should @id-sms.sendtoagents.6
  Scenario: SendToAgents that fails in the backend is reported as an Error with the SMS session unchanged
    The request is valid and answered statusCode 0; the backend then fails, so an Error notification
    carries the request's referenceId and the SMS session as it was. Only Invite and Consult have a
    sample of this Error; for the other operations the same shape is inferred.
    Given the next operation on the SMS session fails in the backend
    When agent "Alice" performs "SendToAgents" on the SMS session with:
      | parameter | value                              |
      | text      | Can you take the billing question? |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And agent "Alice" receives no further notification for the SMS session
