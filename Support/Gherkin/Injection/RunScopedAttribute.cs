namespace Conformance.Gherkin.Injection;

/// <summary>
/// One instance for the whole run, shared by every scenario (e.g. a mock server, configuration).
/// Its constructor may take other run-scoped objects and <see cref="Runtime.RunSetup"/>, never
/// scenario-scoped ones. Disposed (IAsyncDisposable or IDisposable) when the run ends.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RunScopedAttribute : Attribute;
