using Conformance.GwsProtocol;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>Who takes part: agents leased from the target's pool, signed in or deliberately not (Features/README.md).</summary>
[Binding]
public sealed class AgentSteps(AgentDriver driver, CustomerDriver customer)
{
    [Given("agent {string} is signed in and listening for notifications")]
    public Task SignedIn(string role) => driver.SignInAsync(role);

    [Given("agent {string} is not signed in")]
    public Task NotSignedIn(string role) => driver.PrepareSignedOutAsync(role);

    [Given("agent {string} has no IM-capable device and is signed in and listening for notifications")]
    public Task WithoutImDevice(string role) => driver.SignInWithoutImDeviceAsync(role);

    [Given("agent {string} has several IM-capable devices and is signed in and listening for notifications")]
    public Task WithSeveralImDevices(string role) => driver.SignInWithSeveralImDevicesAsync(role);

    [Given("a customer {string} has offered a(n) {chat-or-sms} to agent {string}")]
    public Task CustomerOffers(string nickname, MediaKind media, string role) =>
        customer.OfferAsync(nickname, media, role);
}
