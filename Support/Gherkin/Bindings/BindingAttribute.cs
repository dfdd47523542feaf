namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Marks a class whose [Given]/[When]/[Then], hook and [ParameterType] methods the runner uses. The
/// runner creates one instance per scenario through constructor injection (see README "Writing bindings").
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BindingAttribute : Attribute;
