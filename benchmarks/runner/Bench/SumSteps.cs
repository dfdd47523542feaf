using Reqnroll;

namespace RunnerBench;

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
