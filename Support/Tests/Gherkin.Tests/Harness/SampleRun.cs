using System.Collections.Concurrent;
using System.Reflection;
using Conformance.Gherkin.TestFramework;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Gherkin.Tests.Harness;

/// <summary>The NUnit result of one dynamic test, as a user would see it.</summary>
public sealed record CaseOutcome(string Name, string FullName, ResultState State, string Message, IReadOnlyList<string> Categories);

/// <summary>
/// Runs one sample topic in-process (issue #2 asks for this): Features/&lt;topic&gt; with the
/// [Binding] classes of namespace Gherkin.Tests.Samples.&lt;topic&gt;, built by the library's suite
/// builder and executed by NUnit's own engine-free runner with real parallel workers.
/// </summary>
public sealed class SampleRun
{
    private SampleRun(ITest tree, IReadOnlyList<CaseOutcome> cases, IReadOnlyList<ITestResult> suites, EventLog log)
    {
        Tree = tree;
        Cases = cases;
        Suites = suites;
        Log = log;
    }

    public ITest Tree { get; }

    public IReadOnlyList<CaseOutcome> Cases { get; }

    public IReadOnlyList<ITestResult> Suites { get; }

    public EventLog Log { get; }

    public CaseOutcome Case(string nameEnd) => Cases.Single(c => c.Name.EndsWith(nameEnd, StringComparison.Ordinal));

    /// <summary>The run fixture's result (its tear-down errors land here).</summary>
    public ITestResult RunSuite => Suites.Single(s => s.Test.TypeInfo?.Type == typeof(RunFixture));

    public static SampleRun Execute(string topic, int workers = 2, ITestFilter? filter = null, bool parallel = true)
    {
        var log = new EventLog();
        var ns = $"{typeof(SampleRun).Namespace![..^".Harness".Length]}.Samples.{topic}";
        var options = new SuiteOptions($"Features/{topic}", "Samples", [typeof(SampleRun).Assembly])
        {
            Parallel = parallel,
            TypeFilter = t => t.Namespace == ns,
            Configure = setup =>
            {
                setup.Listeners.Add(log);
                setup.Services.Add(log);
            },
        };
        var root = SuiteBuilder.Build(options);
        var assembly = new TestAssembly(typeof(SampleRun).Assembly, "samples");
        assembly.Add(root);

        var runner = new NUnitTestAssemblyRunner(new FixedBuilder(assembly));
        runner.Load(typeof(SampleRun).Assembly, new Dictionary<string, object> { [global::NUnit.FrameworkPackageSettings.NumberOfTestWorkers] = workers });
        var listener = new Collector();

        // A separate thread keeps the nested run's execution context away from the calling test.
        var thread = new Thread(() => runner.Run(listener, filter ?? TestFilter.Empty));
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"the sample run of {topic} did not finish within 60 s; finished so far: {string.Join(", ", listener.Cases.Select(c => c.Name))}");
        }

        return new SampleRun(root, [.. listener.Cases], [.. listener.Suites], log);
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
