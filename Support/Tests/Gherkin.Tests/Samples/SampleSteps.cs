using Conformance.Gherkin.Execution;
using Reqnroll;

namespace Gherkin.Tests.Samples;

/// <summary>Plain Reqnroll bindings, as the suite's are, for the sample features.</summary>
[Binding]
public sealed class SampleSteps(StepsContext context, ScenarioContext scenario)
{
    private static readonly Barrier Meeting = new(3);

    [Given("the step {string} runs")]
    [When("the step {string} runs")]
    [Then("the step {string} runs")]
    public void Runs(string name)
    {
        context.Steps.Enqueue(name);
        SampleLog.Entries.Enqueue($"{scenario.ScenarioInfo.Title}: {name}");
    }

    [Then("the steps of this scenario were {string}")]
    public void StepsWere(string expected)
    {
        var actual = string.Join(", ", context.Steps);
        Assert.That(actual == expected, $"Expected steps: {expected} / Actual: {actual}");
    }

    [Then("the step fails with {string}")]
    public static void Fails(string message) => Assert.Fail(message);

    [When("the step does not apply because {string}")]
    public static void DoesNotApply(string reason) => Assert.Ignore(reason);

    [When("{int} scenarios meet")]
    public async Task Meet(int count)
    {
        context.Steps.Enqueue($"meet {count}");
        var location = scenario.ScenarioContainer.Resolve<ScenarioLocation>();
        SampleLog.Entries.Enqueue($"meeting {location.TestName} context {context.Id}");

        // Every participant arrives within the deadline only when they run at the same time.
        var met = await Task.Run(() => Meeting.SignalAndWait(TimeSpan.FromSeconds(20)));
        Assert.That(met, Is.True, $"Expected {count} scenarios to meet within 20 s / Actual: {Meeting.ParticipantsRemaining} did not arrive (not run in parallel)");
    }

    [Then("this scenario's context saw only its own steps")]
    public void OwnSteps() => Assert.That(string.Join(", ", context.Steps), Is.EqualTo("meet 3"));
}
