using System.Reflection;
using Conformance.Gherkin.Runtime;

namespace Conformance.Gherkin.TestFramework;

/// <summary>What <see cref="SuiteBuilder"/> needs; the attribute fills it, the library's tests fill it directly.</summary>
internal sealed record SuiteOptions(string FeaturesFolder, string? Namespace, IReadOnlyList<Assembly> Assemblies)
{
    public bool Parallel { get; init; } = true;

    public bool IncludeBindingCheck { get; init; } = true;

    public Func<Type, bool>? TypeFilter { get; init; }

    public Action<RunSetup>? Configure { get; init; }
}
