using Conformance.Gherkin.Bindings;

namespace Gherkin.Tests.Samples.Discovery;

[Binding]
public sealed class CounterSteps
{
    private int counter;

    [Given("a counter starting at {int}")]
    public void Start(int value) => counter = value;

    [When("the counter is increased by {int}")]
    public void Increase(int amount) => counter += amount;

    [Then("the counter is {int}")]
    public void Check(int expected) => Assert.That(counter, Is.EqualTo(expected));
}
