Feature: Outcomes
  Scenario: A failing step fails the test with its message
    When the step "before the failure" runs
    Then the step fails with "Expected 1 / Actual 2"
    And the step "after the failure" runs

  Scenario: A step that does not apply ignores the test
    When the step does not apply because "no idle queue"

  Scenario: An undefined step is inconclusive
    When a step nobody has bound
