Feature: Arguments

  Scenario: A vertical table with defaults
    Given a message with
      | Field     | Value |
      | Text      | hi    |
      | Max Length | 10   |
    Then the message is "hi" from "agent" limited to 10

  Scenario: A horizontal table into a list
    Given messages
      | text | from     |
      | one  | customer |
      | two  |          |
    Then the messages are "one/customer,two/"

  Scenario: A typed table parameter
    Given typed messages
      | text  | max length |
      | three | 3          |
    Then the messages are "three/agent"

  Scenario: A doc string
    Given the body
      """json
      {"a": 1}
      """
    Then the body type is "json" with content '{"a": 1}'
