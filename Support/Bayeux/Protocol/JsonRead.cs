using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Protocol;

/// <summary>Lenient reads of message fields: a field of the wrong type reads as absent, never throws.</summary>
public static class JsonRead
{
    public static string? String(JsonObject? message, string field) =>
        message?[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Bool(JsonObject? message, string field) =>
        message?[field] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static long? Long(JsonObject? message, string field)
    {
        if (message?[field] is not JsonValue value)
        {
            return null;
        }
        if (value.TryGetValue<long>(out var whole))
        {
            return whole;
        }
        if (value.TryGetValue<int>(out var small))
        {
            return small;
        }
        return value.TryGetValue<double>(out var real) && real == Math.Floor(real) ? (long)real : null;
    }
}
