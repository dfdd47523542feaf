using System.Reflection;

namespace Conformance.Gherkin.Hooks;

/// <summary>One hook attribute on one method.</summary>
public sealed class HookDefinition(HookKind kind, MethodInfo method, IReadOnlyList<string> tags, int order)
{
    public HookKind Kind { get; } = kind;

    public MethodInfo Method { get; } = method;

    /// <summary>Tags without the leading @; empty means "always".</summary>
    public IReadOnlyList<string> Tags { get; } = tags.Select(t => t.TrimStart('@')).ToList();

    public int Order { get; } = order;

    public string Description => $"[{Kind}] {Method.DeclaringType?.FullName}.{Method.Name}";

    /// <summary>True when the hook has no tags or <paramref name="tags"/> (with or without @) holds one of them.</summary>
    public bool AppliesTo(IEnumerable<string> tags) =>
        Tags.Count == 0 || tags.Any(t => Tags.Contains(t.TrimStart('@'), StringComparer.Ordinal));

    public override string ToString() => Description;
}
