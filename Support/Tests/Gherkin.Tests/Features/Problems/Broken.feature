Feature: Broken file

  Scenario: Fine so far
    Given anything
  Nonsense line here
