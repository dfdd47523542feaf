Feature: Broken

  Scenario: Fine
    Given the step "x" runs

  Scenario: Not
    Given the step "x" runs
    | a table row without a step
  Oops this line is no keyword
