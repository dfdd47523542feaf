using Conformance.Gherkin.Plugin;
using Reqnroll.Events;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;

namespace Conformance.Harness.Reports;

/// <summary>
/// The suite's Reqnroll runtime plugin (an assembly names one): the NUnit glue's provider, then the
/// run's <see cref="ReportFeed"/> in Reqnroll's global container (the [BeforeTestRun]
/// hook takes it as a parameter) as an event listener of every test thread.
/// </summary>
public sealed class ConformancePlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        ArgumentNullException.ThrowIfNull(runtimePluginEvents);
        new NUnitGluePlugin().Initialize(runtimePluginEvents, runtimePluginParameters, unitTestProviderConfiguration);
        var feed = new ReportFeed();
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) => e.ObjectContainer.RegisterInstanceAs(feed);
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) => e.ObjectContainer.Resolve<ITestThreadExecutionEventPublisher>().AddListener(feed);
    }
}
