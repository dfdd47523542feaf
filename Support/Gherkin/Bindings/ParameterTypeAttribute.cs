namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Registers a custom Cucumber expression parameter type: put it on a public static method of a
/// [Binding] class that takes the matched text and returns the value, e.g.
/// <c>[ParameterType("media", "chat|sms|im")] public static Media ToMedia(string text)</c> makes
/// <c>{media}</c> usable in expressions. Regex step parameters of the method's return type are
/// converted by it too.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ParameterTypeAttribute(string name, string pattern) : Attribute
{
    /// <summary>The name used in braces: {name}.</summary>
    public string Name { get; } = name;

    /// <summary>A regular expression for the text (no capturing groups needed; wrap alternatives freely).</summary>
    public string Pattern { get; } = pattern;
}
