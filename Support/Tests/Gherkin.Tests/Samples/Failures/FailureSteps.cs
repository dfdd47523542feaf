using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Runtime;
using FluentAssertions;
using Gherkin.Tests.Harness;

namespace Gherkin.Tests.Samples.Failures;

[Binding]
public sealed class FailureSteps(EventLog log, ScenarioContext scenario)
{
    public const string BrokenMessage = "connection refused by 127.0.0.1:1 (the harness, not the target)";

    [Given("an ambiguous step")]
    public static void FirstCandidate()
    {
    }

    [Given("an ambiguous {word}")]
    public static void SecondCandidate(string word) => Assert.That(word, Is.Not.Empty);

    [Given("a passing step")]
    public static void Passing()
    {
    }

    [When("an assertion fails")]
    public static void AssertionFails() => 3.Should().Be(4, "the target answered 3");

    [Then("this is never reached")]
    public void NeverReached() => log.Note("reached the unreachable");

    [When("the harness breaks")]
    public static void Breaks() => throw new InvalidOperationException(BrokenMessage);

    [When("the target cannot do this")]
    public static void NotApplicable() => throw new NotApplicableException("the target cannot create inbound chats");

    [When("the step is inconclusive")]
    public static void Inconclusive() => Assert.Inconclusive("no data to decide");

    [When("the step ignores the scenario")]
    public static void Ignore() => Assert.Ignore("ignored at run time");

    [When("the count is {int}")]
    public static void Count(int count) => Assert.That(count, Is.Positive);

    [AfterScenario]
    public void After() => log.Note($"AfterScenario {scenario.Scenario.Name} {scenario.Outcome}");
}
