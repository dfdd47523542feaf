Feature: Parallel B

  Scenario: B one
    When this scenario meets another one running at the same time

  Scenario: B two
    When this scenario meets another one running at the same time

  Scenario: B three
    When this scenario meets another one running at the same time
