using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Runtime;

namespace Gherkin.Tests.Samples.Lifecycle;

[Binding]
public sealed class WriterSteps(SharedContext context, RegisteredService service)
{
    [Given("one binding writes the shared context")]
    public void Write()
    {
        context.Value = "written";
        service.Uses++;
    }
}

[Binding]
public sealed class ReaderSteps(SharedContext context, IScenarioOutput output)
{
    [Then("another binding reads it")]
    public void Read() => Assert.That(context.Value, Is.EqualTo("written"));

    [When("evidence is attached")]
    public void Attach() => output.Attach("request", "text/plain", "GET /api/v2/me");
}
