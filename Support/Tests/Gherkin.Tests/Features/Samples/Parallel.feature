Feature: Parallel
  Scenarios of one feature run at the same time, each with its own context, disposed at its end.

  Scenario: First of three
    When 3 scenarios meet
    Then this scenario's context saw only its own steps

  Scenario: Second of three
    When 3 scenarios meet
    Then this scenario's context saw only its own steps

  Scenario: Third of three
    When 3 scenarios meet
    Then this scenario's context saw only its own steps
