Feature: Parallel A

  Scenario: A one
    When this scenario meets another one running at the same time

  Scenario: A two
    When this scenario meets another one running at the same time

  Scenario: A three
    When this scenario meets another one running at the same time
