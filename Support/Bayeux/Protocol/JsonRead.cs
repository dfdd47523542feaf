using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Protocol;

/// <summary>
/// Reads of message fields, the one reader for the client and for the mock's server. A field of the
/// wrong type reads as absent (null) and never throws.
/// </summary>
/// <remarks>
/// The Bayeux spec defines advice <c>timeout</c>, <c>interval</c> and <c>maxInterval</c> as integers
/// (milliseconds), and the ack extension's batch numbers are integers too. <see cref="Long"/> reads a JSON
/// number whose value is whole and fits a long: <c>5</c>, <c>5.0</c> and <c>5e0</c> read 5. A fraction
/// (<c>1.5</c>), a string (<c>"5"</c>) or a number beyond a long reads as absent, never truncated or
/// rounded: a value the sender did not send is not invented. <see cref="IsNotInteger"/> tells such a field
/// from a missing one, for a receiver that refuses the message rather than ignoring the field.
/// </remarks>
public static class JsonRead
{
    // 2^63 as a double; a whole double below it (and at or above -2^63) converts to a long exactly.
    private const double LongLimit = 9223372036854775808.0;

    public static string? String(JsonObject? message, string field) =>
        message?[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Bool(JsonObject? message, string field) =>
        message?[field] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>An integer field: a whole JSON number within a long's range, else null (see the remarks).</summary>
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
            return small; // a value built in code as an int (not parsed) answers only to int
        }
        return value.TryGetValue<double>(out var real) && real == Math.Floor(real) && real >= -LongLimit && real < LongLimit
            ? (long)real
            : null;
    }

    /// <summary>
    /// True when the field is there (JSON null counts as absent) but <see cref="Long"/> cannot read it as
    /// an integer: a fraction, a string, a boolean, an object, a number beyond a long.
    /// </summary>
    public static bool IsNotInteger(JsonObject? message, string field) =>
        message?[field] is not null && Long(message, field) is null;
}
