using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.Gherkin.Conversion;

namespace Conformance.Gherkin.Bindings;

/// <summary>A Cucumber expression parameter type: its regex and how its text becomes a value.</summary>
internal sealed class ParameterType(string name, string pattern, Type? valueType, Func<string, Type, object?> convert, string source)
{
    public string Name { get; } = name;

    public string Pattern { get; } = pattern;

    /// <summary>The type the converter produces; null for built-ins, which convert to whatever the method asks for.</summary>
    public Type? ValueType { get; } = valueType;

    /// <summary>Where it was declared, for error messages.</summary>
    public string Source { get; } = source;

    public object? Convert(string text, Type target) => convert(text, target);

    public static IEnumerable<ParameterType> BuiltIns()
    {
        const string integer = @"-?\d+";
        const string number = @"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?";
        yield return new ParameterType("int", integer, null, ValueConverter.Convert, "built-in");
        yield return new ParameterType("long", integer, null, ValueConverter.Convert, "built-in");
        yield return new ParameterType("float", number, null, ValueConverter.Convert, "built-in");
        yield return new ParameterType("double", number, null, ValueConverter.Convert, "built-in");
        yield return new ParameterType("decimal", number, null, ValueConverter.Convert, "built-in");
        yield return new ParameterType("word", @"[^\s]+", null, ValueConverter.Convert, "built-in");
        yield return new ParameterType("string", @"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'", null, (text, target) => ValueConverter.Convert(Unquote(text), target), "built-in");
        yield return new ParameterType(string.Empty, ".*", null, ValueConverter.Convert, "built-in");
    }

    /// <summary>Strips the quotes of a {string} capture and resolves \" and \' escapes.</summary>
    private static string Unquote(string text)
    {
        var quote = text[0].ToString(CultureInfo.InvariantCulture);
        return Regex.Replace(text[1..^1], @"\\(.)", m => m.Groups[1].Value == quote || m.Groups[1].Value == "\\" ? m.Groups[1].Value : m.Value);
    }
}
