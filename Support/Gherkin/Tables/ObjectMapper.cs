using System.Reflection;
using Conformance.Gherkin.Conversion;

namespace Conformance.Gherkin.Tables;

/// <summary>
/// Builds an object from (member name, text) pairs. Names match properties and constructor
/// parameters ignoring case, spaces, underscores and hyphens ("Max Length" → MaxLength).
/// </summary>
internal static class ObjectMapper
{
    public static T Create<T>(IReadOnlyList<(string Name, string Value)> fields, Func<T>? defaults)
    {
        var type = typeof(T);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => Normalize(p.Name));
        var remaining = fields.ToList();

        object instance;
        if (defaults is not null)
        {
            instance = Copy(defaults() ?? throw new InvalidOperationException($"the defaults for {type.Name} returned null"));
        }
        else if (type.GetConstructor(Type.EmptyTypes) is not null || type.IsValueType)
        {
            instance = Activator.CreateInstance(type)!;
        }
        else
        {
            instance = Construct(type, remaining);
        }

        foreach (var (name, value) in remaining)
        {
            if (!properties.TryGetValue(Normalize(name), out var property))
            {
                var known = string.Join(", ", properties.Values.Select(p => p.Name).Order(StringComparer.Ordinal));
                throw new ArgumentException($"{type.Name} has no settable member '{name}'; members: {known}");
            }

            property.SetValue(instance, ConvertNamed(value, property.PropertyType, name));
        }

        return (T)instance;
    }

    /// <summary>Uses the widest public constructor; consumed fields are removed from <paramref name="fields"/>.</summary>
    private static object Construct(Type type, List<(string Name, string Value)> fields)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor; pass defaults to CreateInstance/CreateSet");
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            var index = fields.FindIndex(f => Normalize(f.Name) == Normalize(parameter.Name ?? string.Empty));
            if (index < 0)
            {
                return parameter.HasDefaultValue ? parameter.DefaultValue : DefaultOf(parameter.ParameterType);
            }

            var (name, value) = fields[index];
            fields.RemoveAt(index);
            return ConvertNamed(value, parameter.ParameterType, name);
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    /// <summary>Records are copied with their clone method, so shared default objects stay untouched.</summary>
    private static object Copy(object value)
    {
        var clone = value.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance);
        return clone?.Invoke(value, null) ?? value;
    }

    private static object? ConvertNamed(string value, Type type, string name)
    {
        try
        {
            return ValueConverter.Convert(value, type);
        }
        catch (FormatException e)
        {
            throw new FormatException($"table field '{name}': {e.Message}", e);
        }
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static string Normalize(string name) =>
        new string(name.Where(c => c is not (' ' or '_' or '-')).ToArray()).ToUpperInvariant();
}
