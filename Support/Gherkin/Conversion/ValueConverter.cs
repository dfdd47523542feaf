using System.ComponentModel;
using System.Globalization;

namespace Conformance.Gherkin.Conversion;

/// <summary>
/// Converts step captures and table cells to parameter and property types, culture-invariant,
/// so "1.5" means the same on every machine.
/// </summary>
public static class ValueConverter
{
    /// <summary>Converts <paramref name="text"/> to <paramref name="target"/>; throws <see cref="FormatException"/> naming both.</summary>
    public static object? Convert(string? text, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target == typeof(string) || target == typeof(object))
        {
            return text;
        }

        var underlying = Nullable.GetUnderlyingType(target);
        if (string.IsNullOrEmpty(text))
        {
            if (underlying is not null || !target.IsValueType)
            {
                return null;
            }

            throw new FormatException($"an empty value cannot be converted to {target.Name}");
        }

        var type = underlying ?? target;
        try
        {
            if (type.IsEnum)
            {
                // "not started" and "NotStarted" both name NotStarted.
                return Enum.Parse(type, text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            }

            // The common step parameter types skip the (slower) TypeDescriptor lookup (benchmarks/runner).
            if (type == typeof(int))
            {
                return int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
            }

            if (type == typeof(long))
            {
                return long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
            }

            if (type == typeof(double))
            {
                return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            if (type == typeof(bool))
            {
                return bool.Parse(text);
            }

            var converter = TypeDescriptor.GetConverter(type);
            if (converter.CanConvertFrom(typeof(string)))
            {
                return converter.ConvertFromString(null, CultureInfo.InvariantCulture, text);
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or NotSupportedException)
        {
            throw new FormatException($"'{text}' cannot be converted to {type.Name}: {e.Message}", e);
        }

        throw new FormatException($"no conversion from text to {type.Name}; register a parameter type for it");
    }
}
