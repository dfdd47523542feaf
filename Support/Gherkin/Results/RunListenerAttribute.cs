namespace Conformance.Gherkin.Results;

/// <summary>
/// Registers a reporter for the whole run: <c>[assembly: RunListener(typeof(AllureListener))]</c>
/// in the consuming assembly (or an assembly it names in GherkinFeatures.BindingsFrom). The type is
/// created after the [BeforeTestRun] hooks, through the run scope, so its constructor may take
/// run-scoped objects.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class RunListenerAttribute(Type listenerType) : Attribute
{
    public Type ListenerType { get; } = listenerType;
}
