using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Loading;

/// <summary>
/// One runnable test: a Scenario, or one example row of a Scenario Outline. When the file could not
/// be understood completely, <see cref="Problem"/> says why, and running the test fails with it
/// (issue #2, "Nothing lost").
/// </summary>
public sealed class LoadedScenario
{
    internal LoadedScenario(ScenarioInfo info, IReadOnlyList<ScenarioStep> steps, LoadProblem? problem)
    {
        Info = info;
        Steps = steps;
        Problem = problem;
    }

    public ScenarioInfo Info { get; }

    public IReadOnlyList<ScenarioStep> Steps { get; }

    public LoadProblem? Problem { get; }

    /// <summary>The test name, unique within its feature: "Feature: Scenario [column=value, ...]".</summary>
    public string TestName => Info.TestName;

    public override string ToString() => TestName;
}
