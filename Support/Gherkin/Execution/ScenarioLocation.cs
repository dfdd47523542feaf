namespace Conformance.Gherkin.Execution;

/// <summary>
/// Where the running scenario is written, for reporters: Reqnroll's own ScenarioInfo carries no
/// file or line. The glue registers one in every scenario container (resolve it with
/// <c>ScenarioContainer.IsRegistered&lt;ScenarioLocation&gt;()</c> first: a generated code-behind would not).
/// </summary>
/// <param name="RelativePath">The feature file from the folder above the features root, e.g. <c>Features/Chat/Start chat.feature</c>.</param>
/// <param name="Line">The scenario's line, or the example row's for an outline row.</param>
/// <param name="TestName">The NUnit test name.</param>
/// <param name="StepLines">The line of each step in execution order (Background steps first).</param>
public sealed record ScenarioLocation(string RelativePath, int Line, string TestName, IReadOnlyList<int> StepLines);
