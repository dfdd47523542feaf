Feature: Parameters

  Scenario: Built-in parameter types
    Given the number 42 and the word chat-42
    And the price 1.5 and the text "hello \"world\""
    And the text 'single quoted'
    Then the values are recorded as "42|chat-42|1.5|hello \"world\"|single quoted"

  Scenario: Custom parameter type
    Given a session over sms
    Then the values are recorded as "Sms"

  Scenario: Regular expressions
    Given the regex step with 7 and "open"
    Then the values are recorded as "7|open"

  Scenario: Optional text and alternatives
    Given 1 cucumber
    And 2 cucumbers
    When I eat them
    When I drink them
    Then the values are recorded as "1|2|eat|drink"

  Scenario: Async steps
    When an async step completes
    Then the values are recorded as "async"
