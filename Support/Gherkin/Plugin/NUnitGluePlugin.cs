using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace Conformance.Gherkin.Plugin;

/// <summary>
/// The runtime side of Reqnroll's NUnit plugin: registers the "nunit" unit-test provider and the
/// trace listener. Reqnroll finds it through <c>[assembly: RuntimePlugin(typeof(NUnitGluePlugin))]</c>
/// in the test assembly (Reqnroll only probes files named *.ReqnrollPlugin.dll otherwise).
/// </summary>
public sealed class NUnitGluePlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        ArgumentNullException.ThrowIfNull(runtimePluginEvents);
        ArgumentNullException.ThrowIfNull(unitTestProviderConfiguration);
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) => e.ObjectContainer.RegisterTypeAs<NUnitRuntimeProvider, IUnitTestRuntimeProvider>("nunit");
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) => e.ObjectContainer.RegisterTypeAs<NUnitTraceListener, ITraceListener>();
        unitTestProviderConfiguration.UseUnitTestProvider("nunit");
    }
}
