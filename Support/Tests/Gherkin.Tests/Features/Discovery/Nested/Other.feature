Feature: Other feature

  Scenario: Only scenario
    Given a counter starting at 4
    Then the counter is 4
