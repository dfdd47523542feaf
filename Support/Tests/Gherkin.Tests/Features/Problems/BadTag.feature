Feature: Bad tag

  @op=Invite
  Scenario: Tagged with an equals sign
    Given anything
