@api-agent @op-Authentication @doc-CSRFProtection
Feature: Agent Authentication
  Every request carries the user's Basic credentials; one without valid credentials is answered
  {"statusCode":20,"statusMessage":"Access denied"} (Return Values: 20 means not authenticated). The
  first authenticated request opens an HTTP session whose JSESSIONID cookie the client keeps and sends
  back; each user's session is its own (CSRF Protection). The answer's HTTP status is not judged
  (docs/inferences.md#http-status-codes). The notifications endpoint takes the same credentials and
  cookie as the REST calls (docs/inferences.md#notification-endpoint).

  @must @id-agent.authentication.1
  Scenario: A request without credentials is refused with statusCode 20
    When a client without credentials attempts to read its user
    Then the attempt is rejected with statusCode 20
    And the attempt is rejected with statusMessage "Access denied"

  @must @id-agent.authentication.2
  Scenario: A wrong password is refused with statusCode 20
    When agent "Alice" attempts to read its user with a wrong password
    Then the attempt is rejected with statusCode 20

  @should @id-agent.authentication.3
  Scenario: The notifications handshake without credentials is refused
    No page gives the notifications endpoint; the public clients send it the REST calls' Basic
    header and cookie (docs/inferences.md#notification-endpoint).
    When a client without credentials attempts the notifications handshake
    Then the handshake is refused

  @must @id-agent.authentication.4
  Scenario: The first authenticated request opens a session with a JSESSIONID cookie
    Given agent "Alice" has an account on the target and has made no request yet
    When agent "Alice" reads its user with all subresources
    Then the request succeeds
    And agent "Alice" holds a session cookie

  @should @id-agent.authentication.5
  Scenario: The session cookie sent back identifies the agent who opened the session
    The pages say the cookie must be kept and sent back, not that it alone authenticates
    (docs/inferences.md#session-cookie).
    Given agent "Alice" is signed in and listening for notifications
    When agent "Alice" reads its user with its session cookie and no credentials
    Then the request succeeds
    And the answer is the user of agent "Alice"

  @must @id-agent.authentication.6
  Scenario: Each agent's session is its own
    Given agent "Alice" is signed in and listening for notifications
    And agent "Bob" is signed in and listening for notifications
    Then agent "Bob" reads its own user with its id, userName, uri and path
    And agent "Alice" reads its own user with its id, userName, uri and path
    And agents "Alice" and "Bob" hold session cookies of their own

  @must @id-agent.authentication.7
  Scenario: With CSRF protection on, a GET hands out the CSRF header name and token
    Where the server option enableCsrfProtection is set, every GET answers X-CSRF-HEADER (the name of
    the header to send) and X-CSRF-TOKEN (its value) (CSRF Protection). Not applicable to a target
    profile with Csrf=off.
    Given the target enforces CSRF protection
    And agent "Alice" has an account on the target and has made no request yet
    When agent "Alice" reads its user with all subresources
    Then the request succeeds
    And agent "Alice" holds a CSRF token

  @must @id-agent.authentication.8
  Scenario: With CSRF protection on, a write without the token is refused
    A request that changes state must send the token back in the header named by X-CSRF-HEADER, with
    the session cookie; without it the answer is HTTP 403 "Missing or invalid Csrf token" (CSRF
    Protection).
    Given the target enforces CSRF protection
    And agent "Alice" is signed in and listening for notifications
    When agent "Alice" attempts a write without its CSRF token
    Then the attempt is refused as a CSRF failure
