using System.Reflection;

namespace Conformance.Gherkin.TestFramework;

/// <summary>What <see cref="SuiteBuilder"/> needs; the attribute fills it, the library's tests fill it directly.</summary>
internal sealed record SuiteOptions(string FeaturesFolder, string? Namespace, Assembly TestAssembly)
{
    public bool Parallel { get; init; } = true;

    public bool IncludeBindingCheck { get; init; } = true;
}
