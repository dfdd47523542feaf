using Reqnroll;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;

namespace Conformance.StepDefinitions;

/// <summary>Who takes part: agents leased from the target's pool, signed in or deliberately not (Features/README.md).</summary>
[Binding]
public sealed class AgentSteps(AgentDriver driver, CustomerDriver customer)
{
    [Given("^agent \"([^\"]+)\" is signed in and listening for notifications$")]
    public Task SignedIn(string role) => driver.SignInAsync(role);

    [Given("^agent \"([^\"]+)\" is not signed in$")]
    public Task NotSignedIn(string role) => driver.PrepareSignedOutAsync(role);

    [Given("^agent \"([^\"]+)\" has no IM-capable device and is signed in and listening for notifications$")]
    public Task WithoutImDevice(string role) => driver.SignInWithoutImDeviceAsync(role);

    [Given("^agent \"([^\"]+)\" has several IM-capable devices and is signed in and listening for notifications$")]
    public Task WithSeveralImDevices(string role) => driver.SignInWithSeveralImDevicesAsync(role);

    [Given("^a customer \"([^\"]+)\" has offered an? (chat|SMS session) to agent \"([^\"]+)\"$")]
    public Task CustomerOffers(string nickname, string media, string role) =>
        customer.OfferAsync(nickname, ScenarioInteractions.Parse(media), role);
}
