@first
Feature: First

  @tagged
  Scenario: One
    Given one binding writes the shared context
    Then another binding reads it

  Scenario: Two
    Given one binding writes the shared context
    Then another binding reads it
