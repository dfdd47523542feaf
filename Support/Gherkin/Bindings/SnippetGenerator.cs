using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Conformance.Gherkin.Loading;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Writes the binding an undefined step needs, ready to paste (issue #2, "Failures"): quoted text
/// becomes {string}, whole numbers {int}, decimals {float}; a table or doc string adds a parameter.
/// </summary>
public static partial class SnippetGenerator
{
    public static string Message(ScenarioStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var location = $"{step.Info.Scenario.Feature.RelativePath}:{step.Info.Line}";
        return $"No binding matches the step '{step.Info.Keyword} {step.Text}' ({location}). Paste this into a [Binding] class:"
            + Environment.NewLine + Environment.NewLine + Snippet(step);
    }

    public static string Snippet(ScenarioStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var expression = new StringBuilder();
        var parameters = new List<string>();
        var words = new StringBuilder();
        var position = 0;
        foreach (Match value in Values().Matches(step.Text))
        {
            AppendLiteral(step.Text[position..value.Index], expression, words);
            var (type, clrType) = value.Value[0] is '"' or '\'' ? ("string", "string")
                : value.Value.Contains('.', StringComparison.Ordinal) ? ("float", "double")
                : ("int", "int");
            expression.Append('{').Append(type).Append('}');
            parameters.Add($"{clrType} p{parameters.Count.ToString(CultureInfo.InvariantCulture)}");
            position = value.Index + value.Length;
        }

        AppendLiteral(step.Text[position..], expression, words);
        if (step.Table is not null)
        {
            parameters.Add("DataTable table");
        }
        else if (step.DocString is not null)
        {
            parameters.Add("string docString");
        }

        var kind = step.Kind.ToString();
        var literal = expression.ToString().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $$"""
                [{{kind}}("{{literal}}")]
                public void {{kind}}{{words}}({{string.Join(", ", parameters)}})
                {
                    throw new NotImplementedException();
                }
            """;
    }

    private static void AppendLiteral(string text, StringBuilder expression, StringBuilder words)
    {
        foreach (var c in text)
        {
            // Characters with a meaning in Cucumber expressions are escaped.
            if (c is '(' or ')' or '{' or '}' or '/' or '\\')
            {
                expression.Append('\\');
            }

            expression.Append(c);
        }

        foreach (Match word in Word().Matches(text))
        {
            words.Append(char.ToUpperInvariant(word.Value[0])).Append(word.Value[1..]);
        }
    }

    [GeneratedRegex("""
        "[^"]*"|'[^']*'|(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])
        """)]
    private static partial Regex Values();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
