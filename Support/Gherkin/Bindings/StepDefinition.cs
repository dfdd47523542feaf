using System.Reflection;
using System.Text.RegularExpressions;
using Conformance.Gherkin.Conversion;
using Conformance.Gherkin.Loading;
using Conformance.Gherkin.Tables;

namespace Conformance.Gherkin.Bindings;

/// <summary>One [Given]/[When]/[Then] attribute on one method.</summary>
public sealed class StepDefinition
{
    private readonly Regex regex;
    private readonly IReadOnlyList<ParameterType>? cucumberParameters;
    private readonly ParameterInfo[] parameters;

    internal StepDefinition(StepKind kind, string expression, MethodInfo method, Regex regex, IReadOnlyList<ParameterType>? cucumberParameters)
    {
        Kind = kind;
        Expression = expression;
        Method = method;
        this.regex = regex;
        this.cucumberParameters = cucumberParameters;
        parameters = method.GetParameters();
    }

    public StepKind Kind { get; }

    public string Expression { get; }

    public MethodInfo Method { get; }

    /// <summary>"[Given("...")] Type.Method(int, string)", as shown in ambiguity and binding-check messages.</summary>
    public string Description =>
        $"[{Kind}(\"{Expression}\")] {Method.DeclaringType?.FullName}.{Method.Name}({string.Join(", ", Method.GetParameters().Select(p => p.ParameterType.Name))})";

    internal int CaptureCount => cucumberParameters?.Count ?? regex.GetGroupNumbers().Length - 1;

    /// <summary>The captured texts when the whole step text matches, else null.</summary>
    internal string[]? Match(string text)
    {
        var match = regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (cucumberParameters is not null)
        {
            return Enumerable.Range(0, cucumberParameters.Count).Select(i => match.Groups[CucumberExpression.GroupName(i)].Value).ToArray();
        }

        return match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToArray();
    }

    /// <summary>Converts captures (and the table or doc string) to the method's parameters.</summary>
    internal object?[] BuildArguments(string[] captures, ScenarioStep step, IReadOnlyDictionary<Type, ParameterType> customByType)
    {
        var hasArgument = step.Table is not null || step.DocString is not null;
        var expected = captures.Length + (hasArgument ? 1 : 0);
        if (parameters.Length != expected)
        {
            var argument = step.Table is not null ? " and a table" : step.DocString is not null ? " and a doc string" : string.Empty;
            throw new BindingException(
                $"{Description} takes {parameters.Length} parameter(s), but the step '{step.Text}' supplies {captures.Length} capture(s){argument}");
        }

        var values = new object?[parameters.Length];
        for (var i = 0; i < captures.Length; i++)
        {
            var target = parameters[i].ParameterType;
            try
            {
                values[i] = cucumberParameters is not null
                    ? cucumberParameters[i].Convert(captures[i], target)
                    : customByType.TryGetValue(target, out var custom) ? custom.Convert(captures[i], target) : ValueConverter.Convert(captures[i], target);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw new BindingException($"{Description}: parameter '{parameters[i].Name}' cannot take '{captures[i]}': {e.Message}", e);
            }
        }

        if (hasArgument)
        {
            values[^1] = StepArgument(parameters[^1], step);
        }

        return values;
    }

    private object? StepArgument(ParameterInfo parameter, ScenarioStep step)
    {
        var type = parameter.ParameterType;
        if (step.DocString is { } docString)
        {
            return type == typeof(DocString) ? docString
                : type == typeof(string) ? docString.Content
                : throw new BindingException($"{Description}: the step has a doc string, so the last parameter must be string or DocString, not {type.Name}");
        }

        var table = step.Table!;
        if (type == typeof(DataTable))
        {
            return table;
        }

        // A typed last parameter is filled like Reqnroll does: a collection from CreateSet, anything else from CreateInstance.
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments().Length == 1 && type.IsAssignableFrom(typeof(List<>).MakeGenericType(type.GetGenericArguments()[0])) ? type.GetGenericArguments()[0]
            : null;
        if (element is not null)
        {
            var list = typeof(DataTable).GetMethod(nameof(DataTable.CreateSet), Type.EmptyTypes)!.MakeGenericMethod(element).Invoke(table, null)!;
            if (!type.IsArray)
            {
                return list;
            }

            var items = (System.Collections.IList)list;
            var array = Array.CreateInstance(element, items.Count);
            items.CopyTo(array, 0);
            return array;
        }

        return typeof(DataTable).GetMethod(nameof(DataTable.CreateInstance), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(table, null);
    }

    public override string ToString() => Description;
}
