@api-sms @op-Invite @doc-SMSInvite
Feature: SMS Invite
  An agent who is handling an SMS session invites another agent, or a queue, into a conference.
  The customer sees every agent in the conference; the agents can write to the customer or among
  themselves. The target is named by targetUri or by targetPath; one of the two is mandatory. The
  request is answered at once with a referenceId; the invited agent is offered the SMS session, and once
  they accept, the new participant appears in the inviter's
  ParticipantsUpdated and in a ParticipantJoined entry of the transcript. If the invitation fails
  later, an Error notification carries the same referenceId and the session as it was
  ("SMS Session API: Invite", its HTML page and its PDF).

  Background:
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    And a customer "Pat" has offered an SMS session to agent "Alice"
    And agent "Alice" has accepted the SMS session

  @must @id-sms.invite.1
  Scenario: Inviting an agent by targetUri makes a conference the customer can see
    When agent "Alice" invites into the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the SMS session
    When agent "Bob" accepts the SMS session
    Then agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Bob      |
      | Customer | Pat      |
    And the "ParticipantsUpdated" notification offers the capabilities:
      | capability                          |
      | SendToAgents                        |
      | SendStartTypingToAgentsNotification |
      | SendStopTypingToAgentsNotification  |
      | Complete                            |
      | Leave                               |
      | SendMessage                         |
    And the message-log update holds the entries:
      | type              | visibility | from      |
      | ParticipantJoined | All        | Agent Bob |
    And the message-log indices continue the transcript
    And agent "Alice" receives no further notification for the SMS session

  @must @id-sms.invite.2
  Scenario: Inviting an agent by targetPath works like targetUri
    When agent "Alice" invites into the SMS session with:
      | parameter  | value               |
      | targetPath | path of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the SMS session
    When agent "Bob" accepts the SMS session
    Then agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | any         | Chatting |
      | /v2/me/smssessions | MessageLogUpdated            | NewMessages         | none        |          |
    And the "ParticipantsUpdated" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Agent    | Bob      |
      | Customer | Pat      |
    And the message-log update holds the entries:
      | type              | visibility | from      |
      | ParticipantJoined | All        | Agent Bob |

  @should @id-sms.invite.3
  Scenario: The state change caused by the invitation carries its referenceId
    The sample shows no referenceId on the ParticipantsUpdated, but data.referenceId is how a
    client ties a notification to its request ("Return Values"; docs/inferences.md#reference-id).
    When agent "Alice" invites into the SMS session with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the request succeeds with a referenceId
    And agent "Bob" is offered the SMS session
    When agent "Bob" accepts the SMS session
    Then agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType    | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | ParticipantsUpdated | request     | Chatting |

  @must @id-sms.invite.4
  Scenario: Inviting with neither targetUri nor targetPath is refused as a missing parameter
    When agent "Alice" attempts to invite into the SMS session with:
      | parameter  | value    |
      | targetUri  | (absent) |
      | targetPath | (absent) |
    Then the attempt is rejected with statusCode 1
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.invite.5
  Scenario: Inviting into an unknown SMS session is refused as not found
    When agent "Alice" attempts to invite agent "Bob" into an unknown SMS session
    Then the attempt is rejected with statusCode 6
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.invite.6
  Scenario: Inviting into a completed SMS session is refused for its state
    Given agent "Alice" has completed the SMS session
    When agent "Alice" attempts to invite agent "Bob" into the SMS session
    Then the attempt is rejected with statusCode 2
    And agent "Alice" receives no notification for the SMS session

  @must @id-sms.invite.7
  Scenario: An invitation that fails later is reported as an Error with the session unchanged
    Agent "Carol" exists but is not signed in, so the invitation cannot be delivered; the sample's
    "Failed" notification carries referenceId, errorMessage and the pre-invitation session.
    Given agent "Carol" is not signed in
    When agent "Alice" invites into the SMS session with:
      | parameter | value                |
      | targetUri | uri of agent "Carol" |
    Then the request succeeds with a referenceId
    And agent "Alice" receives these notifications for the SMS session, in order:
      | channel            | messageType                  | notificationType | referenceId | state    |
      | /v2/me/smssessions | SMSsessionStateChangeMessage | Error            | request     | Chatting |
    And the Error notification carries an errorMessage and the SMS session unchanged
    And the "Error" notification lists the participants:
      | type     | nickname |
      | Agent    | Alice    |
      | Customer | Pat      |
    And agent "Alice" receives no further notification for the SMS session

  @informational @id-sms.invite.8
  Scenario: Probe the sample's userUri parameter
    The parameter table names targetUri and targetPath, but both samples send "userUri"
    (docs/inferences.md#invite-target-parameter). This records what the target does with the sample's request.
    When agent "Alice" probes "Invite" on the SMS session at the path "/api/v2/me/smssessions/{id}" with:
      | parameter | value              |
      | userUri   | uri of agent "Bob" |
    Then the observation records the response and the notifications that followed

  @informational @id-sms.invite.9
  Scenario: Probe the /smsessions spelling of the Request URL
    The PDF of "SMS Session API: Invite" spells the Request URL /api/v2/me/smsessions/{id} (one "s"),
    its HTML page and most pages /smssessions (docs/inferences.md#sms-path-spelling). This records what the target does with the short spelling.
    When agent "Alice" probes "Invite" on the SMS session at the path "/api/v2/me/smsessions/{id}" with:
      | parameter | value              |
      | targetUri | uri of agent "Bob" |
    Then the observation records the response and the notifications that followed
