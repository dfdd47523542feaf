using Conformance.Gherkin.Plugin;
using Reqnroll.Plugins;

// The glue's runtime plugin, as a suite using the glue declares it.
[assembly: RuntimePlugin(typeof(NUnitGluePlugin))]
