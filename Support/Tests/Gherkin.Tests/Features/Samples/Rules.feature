@feature-tag
Feature: Rules
  Rules and examples run, each rule with its own Background after the feature's.

  Background:
    Given the step "feature background" runs

  Rule: First rule
    Background:
      Given the step "first rule background" runs

    @rule-scenario
    Example: An example in the first rule
      When the step "first example" runs
      Then the steps of this scenario were "feature background, first rule background, first example"

  @rule-tag
  Rule: Second rule
    Example: An example in the second rule
      When the step "second example" runs
      Then the steps of this scenario were "feature background, second example"
