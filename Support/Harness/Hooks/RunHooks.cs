using Conformance.Harness.Configuration;
using Conformance.Harness.Reports;
using Conformance.Harness.Targets;
using Conformance.Reporting.Model;
using NUnit.Framework;
using Reqnroll;
using Reqnroll.BoDi;

namespace Conformance.Harness.Hooks;

/// <summary>
/// Registers the reports, then reads the target profile and starts the target once, before any
/// scenario. A misconfigured profile or a target that does not start is reported on every scenario
/// (a Harness error with every problem listed) instead of a cascade of connection failures.
/// </summary>
[Binding]
public sealed class RunHooks
{
    /// <summary>Where the csproj copies Features/**, relative to the test assembly.</summary>
    private const string FeaturesFolder = "Features";

    [BeforeTestRun]
    public static async Task StartTargetAsync(IObjectContainer container, ReportFeed feed)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(feed);
        var featuresRoot = Path.Combine(AppContext.BaseDirectory, FeaturesFolder);
        var start = new TargetStart();
        container.RegisterInstanceAs(start);
        feed.Start(ReportSetup.CreateListener(featuresRoot, name => TestContext.Parameters.Get(name), () => start.Target?.BaseUrl.ToString()), new RunInfo(DateTimeOffset.UtcNow, featuresRoot));
        try
        {
            var options = TargetOptionsReader.Read(name => TestContext.Parameters.Get(name), Environment.GetEnvironmentVariable);
            start.Target = await TargetRuntime.StartAsync(options);
            container.RegisterInstanceAs(start.Target);
        }
        catch (Exception e)
        {
            start.Failure = e;
        }
    }

    /// <summary>First of all scenario hooks: a target that did not start fails the scenario with the reason.</summary>
    [BeforeScenario(Order = int.MinValue)]
    public static void RequireTarget(TargetStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (start.Failure is { } failure)
        {
            throw new InvalidOperationException($"The target could not be started: {failure.Message}", failure);
        }
    }

    [AfterTestRun]
    public static async Task StopTargetAsync(TargetStart start, ReportFeed feed)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(feed);
        feed.Finish(DateTimeOffset.UtcNow);
        if (start.Target is { } target)
        {
            await target.DisposeAsync();
        }

        if (feed.Errors.Count > 0)
        {
            throw new InvalidOperationException("The reports may be incomplete: " + string.Join("; ", feed.Errors));
        }
    }

    /// <summary>The outcome of starting the target, shared by the run.</summary>
    public sealed class TargetStart
    {
        public TargetRuntime? Target { get; set; }

        public Exception? Failure { get; set; }
    }
}
