using Conformance.Gherkin.TestFramework;
using NUnit.Framework;

// Scenarios wait on the network most of the time, so more workers than cores pay off; each leases its own agents.
[assembly: LevelOfParallelism(8)]

namespace Conformance.Harness;

/// <summary>The hookup of the Gherkin runner (issue #2): one NUnit suite of every feature in Features/.</summary>
[GherkinFeatures("Features")]
public sealed class ConformanceFeatures;
