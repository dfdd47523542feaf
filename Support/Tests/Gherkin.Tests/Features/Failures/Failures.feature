Feature: Failures

  Scenario: Undefined step
    Given a step nobody wrote with 3 items and "quoted" text
    Then this is never reached

  Scenario: Ambiguous step
    Given an ambiguous step

  Scenario: Failing assertion
    Given a passing step
    When an assertion fails
    Then this is never reached
    And this is never reached

  Scenario: Broken step
    When the harness breaks

  Scenario: Not applicable
    When the target cannot do this

  Scenario: Inconclusive
    When the step is inconclusive

  Scenario: Ignored by the step
    When the step ignores the scenario

  Scenario: Value out of range
    When the count is 99999999999
