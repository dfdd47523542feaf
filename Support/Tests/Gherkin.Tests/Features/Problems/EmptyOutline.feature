Feature: Outlines without rows

  Scenario Outline: No examples at all
    Given <thing>

  Scenario Outline: Examples without rows
    Given <thing>

    Examples:
      | thing |
