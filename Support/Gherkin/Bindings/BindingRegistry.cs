using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Loading;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Every step binding, hook and parameter type of the [Binding] classes in some assemblies.
/// Immutable after construction (the match cache only memoises), so parallel scenarios share it.
/// A binding that cannot be used is kept as an error, never dropped (issue #2, "Nothing lost").
/// </summary>
public sealed class BindingRegistry
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<(StepKind, string), StepMatch> cache = new();

    private BindingRegistry(IReadOnlyList<StepDefinition> steps, IReadOnlyList<HookDefinition> hooks, IReadOnlyDictionary<Type, ParameterType> customByType, IReadOnlyList<string> errors)
    {
        Steps = steps;
        Hooks = hooks;
        CustomParameterTypesByValueType = customByType;
        Errors = errors;
    }

    public IReadOnlyList<StepDefinition> Steps { get; }

    /// <summary>Hooks ordered by <see cref="HookDefinition.Order"/>, then type and method name.</summary>
    public IReadOnlyList<HookDefinition> Hooks { get; }

    /// <summary>Bindings that cannot be used (bad expression, wrong signature); non-empty fails the run.</summary>
    public IReadOnlyList<string> Errors { get; }

    internal IReadOnlyDictionary<Type, ParameterType> CustomParameterTypesByValueType { get; }

    /// <summary>The [Binding] classes of <paramref name="assemblies"/>.</summary>
    public static BindingRegistry FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return FromTypes(assemblies.Distinct().SelectMany(a => a.GetTypes()));
    }

    /// <summary>The [Binding] classes among <paramref name="candidates"/> (others are ignored).</summary>
    public static BindingRegistry FromTypes(IEnumerable<Type> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var errors = new List<string>();
        var types = candidates
            .Where(t => t.IsDefined(typeof(BindingAttribute), inherit: false))
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var methods = types.SelectMany(t => t.GetMethods(all)).ToList();

        var parameterTypes = ParameterType.BuiltIns().ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (method, attribute) in With<ParameterTypeAttribute>(methods))
        {
            var source = $"{method.DeclaringType?.FullName}.{method.Name}";
            var parameters = method.GetParameters();
            if (!method.IsStatic || !method.IsPublic || parameters.Length != 1 || parameters[0].ParameterType != typeof(string) || method.ReturnType == typeof(void))
            {
                errors.Add($"[ParameterType(\"{attribute.Name}\")] {source} must be public static, take one string and return the value");
            }
            else if (parameterTypes.TryGetValue(attribute.Name, out var existing))
            {
                errors.Add($"[ParameterType(\"{attribute.Name}\")] {source}: the name is already used by {existing.Source}");
            }
            else
            {
                parameterTypes[attribute.Name] = new ParameterType(attribute.Name, attribute.Pattern, method.ReturnType, (text, _) => Invoke(method, text), source);
            }
        }

        var customByType = parameterTypes.Values.Where(p => p.ValueType is not null)
            .GroupBy(p => p.ValueType!)
            .ToDictionary(g => g.Key, g => g.First());

        var steps = new List<StepDefinition>();
        foreach (var (method, attribute) in With<StepDefinitionAttribute>(methods))
        {
            var step = CreateStep(method, attribute, parameterTypes, errors);
            if (step is not null)
            {
                steps.Add(step);
            }
        }

        var hooks = new List<HookDefinition>();
        foreach (var (method, attribute) in With<HookAttribute>(methods))
        {
            var runOrFeature = attribute.Kind is HookKind.BeforeTestRun or HookKind.AfterTestRun or HookKind.BeforeFeature or HookKind.AfterFeature;
            if (runOrFeature && !method.IsStatic)
            {
                errors.Add($"[{attribute.Kind}] {method.DeclaringType?.FullName}.{method.Name} must be static (it runs outside any scenario)");
                continue;
            }

            hooks.Add(new HookDefinition(attribute.Kind, method, attribute.Tags, attribute.Order));
        }

        var ordered = hooks
            .OrderBy(h => h.Order)
            .ThenBy(h => h.Method.DeclaringType?.FullName, StringComparer.Ordinal)
            .ThenBy(h => h.Method.Name, StringComparer.Ordinal)
            .ToList();
        return new BindingRegistry(steps, ordered, customByType, errors);
    }

    /// <summary>Finds the binding for a step: exactly one of its kind must match the whole text.</summary>
    public StepMatch Match(ScenarioStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        // Only matches are cached: failure messages name the step's own file and line.
        if (cache.TryGetValue((step.Kind, step.Text), out var cached))
        {
            return cached;
        }

        var match = FindMatch(step.Kind, step.Text, step);
        if (match.Status == StepMatchStatus.Matched)
        {
            cache.TryAdd((step.Kind, step.Text), match);
        }

        return match;
    }

    /// <summary>Hooks of one kind that apply to <paramref name="tags"/>, in run order.</summary>
    public IEnumerable<HookDefinition> HooksFor(HookKind kind, IEnumerable<string> tags)
    {
        var tagList = tags as IReadOnlyCollection<string> ?? tags.ToList();
        return Hooks.Where(h => h.Kind == kind && h.AppliesTo(tagList));
    }

    private StepMatch FindMatch(StepKind kind, string text, ScenarioStep step)
    {
        var matches = Steps.Where(s => s.Kind == kind)
            .Select(s => (Definition: s, Captures: s.Match(text)))
            .Where(m => m.Captures is not null)
            .ToList();
        if (matches.Count == 1)
        {
            return StepMatch.Matched(matches[0].Definition, matches[0].Captures!);
        }

        if (matches.Count > 1)
        {
            var candidates = matches.Select(m => m.Definition).ToList();
            var list = string.Join(Environment.NewLine, candidates.Select(c => "  " + c.Description));
            return StepMatch.Ambiguous(candidates, $"Ambiguous step '{step.Info.Keyword} {text}' ({step.Info.Scenario.Feature.RelativePath}:{step.Info.Line}): {candidates.Count} bindings match it:{Environment.NewLine}{list}");
        }

        var otherKinds = Steps.Where(s => s.Kind != kind && s.Match(text) is not null).Select(s => s.Description).ToList();
        var hint = otherKinds.Count == 0
            ? string.Empty
            : $"{Environment.NewLine}(A binding of another kind matches the text, but this step is a {kind}: {string.Join("; ", otherKinds)})";
        return StepMatch.Undefined($"{SnippetGenerator.Message(step)}{hint}");
    }

    private static StepDefinition? CreateStep(MethodInfo method, StepDefinitionAttribute attribute, IReadOnlyDictionary<string, ParameterType> parameterTypes, List<string> errors)
    {
        var where = $"[{attribute.Kind}(\"{attribute.Expression}\")] {method.DeclaringType?.FullName}.{method.Name}";
        try
        {
            StepDefinition step;
            if (CucumberExpression.IsRegex(attribute.Expression))
            {
                // Anchored either way, so a regex matches the whole step text as in Reqnroll.
                var body = attribute.Expression.TrimStart('^').TrimEnd('$');
                var regex = new Regex("^(?:" + body + ")$", RegexOptions.CultureInvariant, MatchTimeout);
                step = new StepDefinition(attribute.Kind, attribute.Expression, method, regex, null);
            }
            else
            {
                var (pattern, parameters) = CucumberExpression.Compile(attribute.Expression, parameterTypes);
                step = new StepDefinition(attribute.Kind, attribute.Expression, method, new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout), parameters);
            }

            var parameterCount = method.GetParameters().Length;
            if (parameterCount != step.CaptureCount && parameterCount != step.CaptureCount + 1)
            {
                errors.Add($"{where}: the expression captures {step.CaptureCount} value(s) but the method takes {parameterCount} parameter(s)");
                return null;
            }

            return step;
        }
        catch (ArgumentException e)
        {
            errors.Add($"{where}: {e.Message}");
            return null;
        }
    }

    private static IEnumerable<(MethodInfo Method, T Attribute)> With<T>(IEnumerable<MethodInfo> methods)
        where T : Attribute =>
        methods.SelectMany(m => m.GetCustomAttributes<T>(inherit: false).Select(a => (m, a)));

    private static object? Invoke(MethodInfo method, string text) =>
        method.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, [text], culture: null);
}
