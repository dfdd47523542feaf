using System.Text;
using System.Text.RegularExpressions;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Translates a Cucumber expression into an anchored regular expression with one capturing group
/// per parameter: {name} parameters, (optional) text, alternative/words, and \ escapes.
/// </summary>
internal static class CucumberExpression
{
    /// <summary>True when the text is meant as a regular expression (Reqnroll's rule: ^ at the start or $ at the end).</summary>
    public static bool IsRegex(string expression) => expression.StartsWith('^') || expression.EndsWith('$');

    public static (string Pattern, IReadOnlyList<ParameterType> Parameters) Compile(string expression, IReadOnlyDictionary<string, ParameterType> types)
    {
        var parameters = new List<ParameterType>();
        var pattern = new StringBuilder("^");
        foreach (var segment in SplitOnWhitespace(expression))
        {
            if (string.IsNullOrWhiteSpace(segment))
            {
                pattern.Append(Regex.Escape(segment));
                continue;
            }

            var alternatives = SplitUnescaped(segment, '/');
            if (alternatives.Count == 1)
            {
                pattern.Append(Translate(segment, types, parameters, allowParameters: true));
                continue;
            }

            if (alternatives.Any(a => a.Length == 0 || a.Contains('{', StringComparison.Ordinal)))
            {
                throw new ArgumentException($"'{segment}': an alternative cannot be empty or contain a parameter");
            }

            pattern.Append("(?:")
                .AppendJoin('|', alternatives.Select(a => Translate(a, types, parameters, allowParameters: false)))
                .Append(')');
        }

        return (pattern.Append('$').ToString(), parameters);
    }

    private static string Translate(string text, IReadOnlyDictionary<string, ParameterType> types, List<ParameterType> parameters, bool allowParameters)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                result.Append(Regex.Escape(text[++i].ToString()));
            }
            else if (c == '{')
            {
                var end = text.IndexOf('}', i);
                if (end < 0 || !allowParameters)
                {
                    throw new ArgumentException($"'{text}': unclosed or misplaced {{ at position {i}");
                }

                var name = text[(i + 1)..end];
                if (!types.TryGetValue(name, out var type))
                {
                    throw new ArgumentException($"unknown parameter type {{{name}}}; known: {string.Join(", ", types.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal).Select(k => "{" + k + "}"))}");
                }

                // Named groups, so capturing groups inside a custom pattern do not shift the numbering.
                result.Append("(?<").Append(GroupName(parameters.Count)).Append('>').Append(type.Pattern).Append(')');
                parameters.Add(type);
                i = end;
            }
            else if (c == '(')
            {
                var end = text.IndexOf(')', i);
                if (end < 0)
                {
                    throw new ArgumentException($"'{text}': unclosed ( at position {i}");
                }

                var optional = text[(i + 1)..end];
                if (optional.Contains('{', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{text}': optional text cannot contain a parameter");
                }

                result.Append("(?:").Append(Translate(optional, types, parameters, allowParameters: false)).Append(")?");
                i = end;
            }
            else
            {
                result.Append(Regex.Escape(c.ToString()));
            }
        }

        return result.ToString();
    }

    public static string GroupName(int index) => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Splits into alternating word and whitespace runs, so alternation stays within a word.</summary>
    private static IEnumerable<string> SplitOnWhitespace(string expression) =>
        Regex.Split(expression, @"(\s+)").Where(s => s.Length > 0);

    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(c).Append(text[++i]);
                continue;
            }

            depth += c is '{' or '(' ? 1 : c is '}' or ')' ? -1 : 0;
            if (c == separator && depth == 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }
}
