using Conformance.Gherkin.Loading;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// A step binding. The expression is a regular expression when it starts with ^ or ends with $,
/// otherwise a Cucumber expression ({int}, {float}, {word}, {string}, {} and custom parameter types,
/// (optional) text, alternative/words). Either way it must match the whole step text.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepDefinitionAttribute(string expression) : Attribute
{
    public string Expression { get; } = expression;

    internal abstract StepKind Kind { get; }
}

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class GivenAttribute(string expression) : StepDefinitionAttribute(expression)
{
    internal override StepKind Kind => StepKind.Given;
}

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class WhenAttribute(string expression) : StepDefinitionAttribute(expression)
{
    internal override StepKind Kind => StepKind.When;
}

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ThenAttribute(string expression) : StepDefinitionAttribute(expression)
{
    internal override StepKind Kind => StepKind.Then;
}
