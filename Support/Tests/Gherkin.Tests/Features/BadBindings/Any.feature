Feature: Bad bindings

  Scenario: Unusable bindings
    Given anything
