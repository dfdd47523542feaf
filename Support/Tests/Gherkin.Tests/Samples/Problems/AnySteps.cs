using Conformance.Gherkin.Bindings;

namespace Gherkin.Tests.Samples.Problems;

[Binding]
public sealed class AnySteps
{
    [Given("anything")]
    public static void Anything()
    {
    }

    [Given("a document:")]
    public static void Document(string content) => Assert.That(content, Does.StartWith("Rule:"));
}
