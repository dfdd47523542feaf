using Conformance.Gherkin.Plugin;
using Conformance.Gherkin.TestFramework;
using Reqnroll;
using Reqnroll.Plugins;

[assembly: RuntimePlugin(typeof(NUnitGluePlugin))]

namespace RunnerBench;

/// <summary>The consumer hookup under test. Sequential, so the comparison with plain tests is per test, not per core.</summary>
[GherkinFeatures("Features", Parallel = false)]
public sealed class BenchFeatures;

/// <summary>The same trivial work as <see cref="PlainTests"/>: add two numbers, assert the sum.</summary>
[Binding]
public sealed class SumSteps
{
    private int _sum;

    [Given("the numbers {int} and {int} are added")]
    public void Add(int a, int b) => _sum = a + b;

    [Then("the sum is {int}")]
    public void Check(int expected) => Assert.That(_sum, Is.EqualTo(expected));
}
