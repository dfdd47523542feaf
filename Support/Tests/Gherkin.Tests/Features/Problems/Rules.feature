Feature: Rules

  Rule: a requirement newer Gherkin understands

    Scenario: Under the rule
      Given anything
