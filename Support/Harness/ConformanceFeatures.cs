using Conformance.Gherkin.TestFramework;
using Conformance.Harness.Reports;
using NUnit.Framework;
using Reqnroll.Plugins;

// Scenarios wait on the network most of the time, so more workers than cores pay off; each leases its own agents.
[assembly: LevelOfParallelism(8)]

// Reqnroll's NUnit provider (Support/Gherkin) and the feed of the reports (Support/Harness/Reports).
[assembly: RuntimePlugin(typeof(ConformancePlugin))]

namespace Conformance.Harness;

/// <summary>The hookup of the NUnit glue: one NUnit suite of every feature in Features/, run on Reqnroll's runtime.</summary>
[GherkinFeatures("Features")]
public sealed class ConformanceFeatures;
