@feature-tag
Feature: Tags
  Tags become categories; @ignore and @wip scenarios are skipped with the reason.

  @scenario-tag
  Scenario: A tagged scenario
    When the step "tagged" runs

  @ignore
  Scenario: An ignored scenario
    When the step "must not run" runs

  @wip
  Scenario: Work in progress
    When the step "must not run" runs

  Scenario Outline: Outline row <n>
    When the step "<n>" runs

    @examples-tag
    Examples:
      | n   |
      | one |
      | two |
