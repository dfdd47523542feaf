using Conformance.Gherkin.Plugin;
using Conformance.Gherkin.TestFramework;
using Reqnroll.Plugins;

[assembly: RuntimePlugin(typeof(NUnitGluePlugin))]

namespace RunnerBench;

/// <summary>The consumer hookup under test. Sequential, so the comparison with plain tests is per test, not per core.</summary>
[GherkinFeatures("Features", Parallel = false)]
public sealed class BenchFeatures;
