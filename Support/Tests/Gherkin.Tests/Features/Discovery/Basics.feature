@feature-tag
Feature: Basics
  A description the runner keeps.

  Background:
    Given a counter starting at 1

  @op-Invite
  Scenario: Plain scenario
    When the counter is increased by 2
    Then the counter is 3

  Scenario Outline: Outline with <amount>
    When the counter is increased by <amount>
    Then the counter is <total>

    @rows
    Examples:
      | amount | total |
      | 1      | 2     |
      | 1      | 2     |
      | 5      | 6     |

  @ignore
  Scenario: Ignored scenario
    When the counter is increased by 1
    Then the counter is 100

  @wip
  Scenario: Work in progress
    Then the counter is 100
