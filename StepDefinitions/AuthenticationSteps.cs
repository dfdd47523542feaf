using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>Credentials, the JSESSIONID session and the notifications handshake (Features/Agent/Authentication.feature).</summary>
[Binding]
public sealed class AuthenticationSteps(AuthenticationDriver driver)
{
    [Given("agent {string} has an account on the target and has made no request yet")]
    public Task Leased(string role) => driver.LeaseAsync(role);

    [When("a client without credentials attempts to read its user")]
    public Task AnonymousRead() => driver.AttemptAnonymousReadAsync();

    [When("agent {string} attempts to read its user with a wrong password")]
    public Task WrongPassword(string role) => driver.AttemptWithWrongPasswordAsync(role);

    [When("agent {string} reads its user with its session cookie and no credentials")]
    public Task CookieOnly(string role) => driver.ReadWithCookieOnlyAsync(role);

    [When("a client without credentials attempts the notifications handshake")]
    public Task AnonymousHandshake() => driver.AttemptAnonymousHandshakeAsync();

    [Then("the handshake is refused")]
    public void HandshakeRefused() => driver.ExpectHandshakeRefused();

    [Then("the answer is the user of agent {string}")]
    public void UserOf(string role) => driver.ExpectUserOf(role);

    [Then("agent {string} holds a session cookie")]
    public void HoldsCookie(string role) => driver.ExpectSessionCookie(role);

    [Given("the target enforces CSRF protection")]
    public void CsrfOn() => driver.RequireCsrf();

    [When("agent {string} attempts a write without its CSRF token")]
    public Task WriteWithoutToken(string role) => driver.AttemptWriteWithoutCsrfTokenAsync(role);

    [Then("the attempt is refused as a CSRF failure")]
    public void CsrfRefused() => driver.ExpectCsrfRefusal();

    [Then("agent {string} holds a CSRF token")]
    public void HoldsCsrfToken(string role) => driver.ExpectCsrfToken(role);

    [Then("agents {string} and {string} hold session cookies of their own")]
    public void DistinctSessions(string first, string second) => driver.ExpectDistinctSessions(first, second);
}
