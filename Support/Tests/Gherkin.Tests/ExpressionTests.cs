using FluentAssertions;
using Gherkin.Tests.Harness;
using NUnit.Framework.Interfaces;

namespace Gherkin.Tests;

/// <summary>Issue #2 "Bindings that read like Reqnroll": expressions, custom types, tables, doc strings, async steps.</summary>
public sealed class ExpressionTests
{
    private SampleRun run = null!;

    [OneTimeSetUp]
    public void RunSamples() => run = SampleRun.Execute("Expressions");

    [TestCase("Built-in parameter types")]
    [TestCase("Custom parameter type")]
    [TestCase("Regular expressions")]
    [TestCase("Optional text and alternatives")]
    [TestCase("Async steps")]
    [TestCase("A vertical table with defaults")]
    [TestCase("A horizontal table into a list")]
    [TestCase("A typed table parameter")]
    [TestCase("A doc string")]
    [TestCase("Binding check: every step matches exactly one binding")]
    public void The_scenario_passes(string name)
    {
        var test = run.Case(name);

        test.State.Should().Be(ResultState.Success, test.Message);
    }
}
