using NUnit.Framework;
using Reqnroll.Tracing;

namespace Conformance.Gherkin.Plugin;

/// <summary>Reqnroll's step trace goes to the output of the NUnit test that runs the step.</summary>
public sealed class NUnitTraceListener : ITraceListener
{
    public void WriteTestOutput(string message) => TestContext.Out.WriteLine(message);

    public void WriteToolOutput(string message) => TestContext.Out.WriteLine("-> " + message);
}
