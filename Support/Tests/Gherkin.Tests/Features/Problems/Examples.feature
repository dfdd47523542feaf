Feature: Example keyword

  Example: Written with the newer synonym
    Given anything

  Scenario: Doc strings may mention keywords
    Given a document:
      """
      Rule: this is content, not a keyword
      Example: neither is this
      """
