using System.Diagnostics;
using System.Globalization;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace RunnerBench;

/// <summary>
/// Times loading (discovery) and running the generated scenarios against the generated plain [Test]
/// methods, alternating which goes first. Prints medians and the ratio. Each measurement is one
/// NUnit run in a fresh process ("once &lt;category&gt;"): Reqnroll keeps one test run per assembly
/// and process, as under dotnet test.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var assembly = typeof(Program).Assembly;
        if (args.Length > 0 && args[0] == "tree")
        {
            // Diagnostic: the suite tree NUnit builds (which suite holds what), two fixtures deep.
            var tree = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            tree.Load(assembly, new Dictionary<string, object>());
            Print(tree.LoadedTest ?? throw new InvalidOperationException("NUnit built no test tree"), 0);
            return 0;
        }

        if (args.Length == 2 && args[0] == "once")
        {
            var (load, run, passed) = Measure(args[1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{load:F1} {run:F1} {passed}"));
            return 0;
        }

        var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var samples = new Dictionary<string, List<(double Load, double Run, int Passed)>> { ["gherkin"] = [], ["plain"] = [] };

        MeasureInProcess("gherkin");
        MeasureInProcess("plain");
        foreach (var kind in samples.Keys)
        {
            samples[kind].Clear();
        }

        for (var i = 0; i < repetitions; i++)
        {
            foreach (var kind in i % 2 == 0 ? new[] { "gherkin", "plain" } : ["plain", "gherkin"])
            {
                samples[kind].Add(MeasureInProcess(kind));
            }
        }

        var discovery = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = Conformance.Gherkin.Discovery.FeatureCatalog.Load("Features");
            discovery.Add(watch.Elapsed.TotalMilliseconds);
        }

        var g = samples["gherkin"];
        var p = samples["plain"];
        var count = g[0].Passed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-process (one NUnit run per process), sequential, {repetitions} repetitions (median):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  NUnit load of the whole assembly (both sets): {Median(g.Concat(p).ToList(), s => s.Load):F0} ms; of it, parsing + compiling the features: {Median(discovery, d => d):F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  gherkin: {count} scenarios passed  run {Median(g, s => s.Run):F0} ms  = {Median(g, s => s.Run) * 1000 / count:F0} us/scenario"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  plain  : {p[0].Passed} tests passed      run {Median(p, s => s.Run):F0} ms  = {Median(p, s => s.Run) * 1000 / p[0].Passed:F0} us/test"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run ratio gherkin/plain: {Median(g, s => s.Run) / Median(p, s => s.Run):F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  runner overhead per scenario (2 steps): {(Median(g, s => s.Run) - Median(p, s => s.Run)) * 1000 / count:F0} us"));
        return g.All(s => s.Passed == count) && p.All(s => s.Passed == p[0].Passed) ? 0 : 1;

        static (double Load, double Run, int Passed) MeasureInProcess(string category)
        {
            var self = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "once", category]) { RedirectStandardOutput = true };
            using var process = Process.Start(self) ?? throw new InvalidOperationException("could not start the measuring process");
            var output = process.StandardOutput.ReadToEnd().Trim().Split(' ');
            process.WaitForExit();
            return (double.Parse(output[0], CultureInfo.InvariantCulture), double.Parse(output[1], CultureInfo.InvariantCulture), int.Parse(output[2], CultureInfo.InvariantCulture));
        }

        (double Load, double Run, int Passed) Measure(string category)
        {
            var settings = new Dictionary<string, object> { [global::NUnit.FrameworkPackageSettings.NumberOfTestWorkers] = 0 };
            var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            var load = Stopwatch.StartNew();
            runner.Load(assembly, settings);
            load.Stop();
            var listener = new PassCounter();
            var run = Stopwatch.StartNew();
            runner.Run(listener, TestFilter.FromXml($"<filter><cat>{category}</cat></filter>"));
            run.Stop();
            return (load.Elapsed.TotalMilliseconds, run.Elapsed.TotalMilliseconds, listener.Passed);
        }
    }

    private static void Print(ITest test, int depth)
    {
        Console.WriteLine($"{new string(' ', depth * 2)}{test.TestType} {test.FullName} ({test.Tests.Count} children)");
        if (depth < 3)
        {
            foreach (var child in test.Tests.Take(3))
            {
                Print(child, depth + 1);
            }
        }
    }

    private static double Median<T>(List<T> values, Func<T, double> select)
    {
        var sorted = values.Select(select).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed class PassCounter : ITestListener
    {
        public int Passed { get; private set; }

        public void TestStarted(ITest test)
        {
        }

        public void TestFinished(ITestResult result)
        {
            if (!result.Test.IsSuite && result.ResultState.Status == TestStatus.Passed)
            {
                Passed++;
            }
        }

        public void TestOutput(TestOutput output)
        {
        }

        public void SendMessage(TestMessage message)
        {
        }
    }
}
