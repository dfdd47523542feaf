Feature: Second

  Scenario: Three
    When evidence is attached
