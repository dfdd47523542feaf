using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Runtime;
using Conformance.Harness.Configuration;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Hooks;

/// <summary>
/// Reads the target profile and starts the target once, before any scenario (issue #5 "Targets"). A
/// misconfigured profile throws here with every problem listed, so the run reports that one error
/// on each scenario instead of a cascade of connection failures.
/// </summary>
[Binding]
public sealed class RunHooks
{
    [BeforeTestRun]
    public static async Task StartTargetAsync(RunSetup run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = TargetOptionsReader.Read(name => TestContext.Parameters.Get(name), Environment.GetEnvironmentVariable);
        var target = await TargetRuntime.StartAsync(options);
        run.Services.Add(target);
    }
}
