Feature: Broken setup

  Scenario: Cannot start
    Given anything
