using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;

namespace Gherkin.Tests.Samples.BadBindings;

[Binding]
public sealed class Bad
{
    private int calls;

    [Given("anything")]
    public static void Anything()
    {
    }

    [Given("a {colour} thing")]
    public static void UnknownType(string colour) => Assert.That(colour, Is.Not.Empty);

    [Given("two {int} values {int}")]
    public static void WrongArity(int one) => Assert.That(one, Is.Positive);

    [BeforeFeature]
    public void NotStatic() => calls++;
}
