using System.Collections.Concurrent;
using System.Reflection;
using Conformance.Gherkin.TestFramework;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Gherkin.Tests.Harness;

/// <summary>
/// Runs Features/Samples in-process, once per test process (Reqnroll keeps one test run per
/// assembly): the glue's suite builder makes the tree, NUnit's engine-free runner executes it with
/// four parallel workers, and the bindings are this assembly's Reqnroll bindings (Samples/).
/// </summary>
public sealed class SampleRun
{
    private static readonly Lazy<SampleRun> Once = new(() => Execute(workers: 4));

    private SampleRun(ITest tree, IReadOnlyList<CaseOutcome> cases, IReadOnlyList<ITestResult> suites)
    {
        Tree = tree;
        Cases = cases;
        Suites = suites;
    }

    public static SampleRun Result => Once.Value;

    public ITest Tree { get; }

    public IReadOnlyList<CaseOutcome> Cases { get; }

    public IReadOnlyList<ITestResult> Suites { get; }

    public CaseOutcome Case(string name) => Cases.Single(c => c.Name == name);

    private static SampleRun Execute(int workers)
    {
        var options = new SuiteOptions("Features/Samples", "Samples", typeof(SampleRun).Assembly);
        var root = SuiteBuilder.Build(options);
        var assembly = new TestAssembly(typeof(SampleRun).Assembly, "samples");
        assembly.Add(root);

        var runner = new NUnitTestAssemblyRunner(new FixedBuilder(assembly));
        runner.Load(typeof(SampleRun).Assembly, new Dictionary<string, object> { [global::NUnit.FrameworkPackageSettings.NumberOfTestWorkers] = workers });
        var listener = new Collector();

        // A separate thread keeps the nested run's execution context away from the calling test.
        var thread = new Thread(() => runner.Run(listener, TestFilter.Empty));
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(90)))
        {
            throw new TimeoutException($"the sample run did not finish within 90 s; finished so far: {string.Join(", ", listener.Cases.Select(c => c.Name))}");
        }

        return new SampleRun(root, [.. listener.Cases], [.. listener.Suites]);
    }

    private sealed class FixedBuilder(TestAssembly assembly) : ITestAssemblyBuilder
    {
        public ITest Build(Assembly assembly1, IDictionary<string, object> options) => assembly;

        public ITest Build(string assemblyNameOrPath, IDictionary<string, object> options) => assembly;
    }

    private sealed class Collector : ITestListener
    {
        public ConcurrentQueue<CaseOutcome> Cases { get; } = new();

        public ConcurrentQueue<ITestResult> Suites { get; } = new();

        public void TestStarted(ITest test)
        {
        }

        public void TestFinished(ITestResult result)
        {
            if (result.Test.IsSuite)
            {
                Suites.Enqueue(result);
                return;
            }

            var categories = result.Test.Properties[PropertyNames.Category].Cast<string>().ToList();
            Cases.Enqueue(new CaseOutcome(result.Test.Name, result.Test.FullName, result.ResultState, result.Message ?? string.Empty, categories));
        }

        public void TestOutput(TestOutput output)
        {
        }

        public void SendMessage(TestMessage message)
        {
        }
    }
}
