using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Runtime;
using Conformance.Harness.Configuration;
using Conformance.Harness.Reports;
using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.Hooks;

/// <summary>
/// Registers the reports (issue #6), then reads the target profile and starts the target once,
/// before any scenario (issue #5 "Targets"). A
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
        TargetRuntime? target = null;
        run.Listeners.Add(ReportSetup.CreateListener(run, name => TestContext.Parameters.Get(name), () => target?.BaseUrl.ToString()));
        var options = TargetOptionsReader.Read(name => TestContext.Parameters.Get(name), Environment.GetEnvironmentVariable);
        target = await TargetRuntime.StartAsync(options);
        run.Services.Add(target);
    }
}
