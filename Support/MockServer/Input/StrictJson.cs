using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.MockServer.Input;

/// <summary>
/// The one parser every JSON body of the mock goes through (REST, Bayeux, control API). It accepts
/// only what the mock can store and send back unchanged: well-formed UTF-8, strings that are valid
/// UTF-16 once unescaped, unique member names in every object, bounded depth. Anything else is a
/// <see cref="InputRejection"/>, never an exception, so no refused value reaches the domain, and
/// nothing the domain holds can later fail to serialise or repeat a key.
/// </summary>
public static class StrictJson
{
    /// <summary>Default nesting limit (objects and arrays) for bodies.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>Parses <paramref name="utf8"/>; exactly one of the results is non-null (a JSON null root is <see cref="InputFault.WrongShape"/>).</summary>
    public static (JsonNode? Node, InputRejection? Rejection) Parse(ReadOnlySpan<byte> utf8, int maxDepth = DefaultMaxDepth)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return (null, new InputRejection(InputFault.InvalidUtf8, "The body is not valid UTF-8"));
        }

        if (Check(utf8, maxDepth) is { } rejection)
        {
            return (null, rejection);
        }

        // Checked above: this parse cannot meet a duplicate, a lone surrogate or bad UTF-8.
        var node = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = maxDepth + 1 });
        return node is null
            ? (null, new InputRejection(InputFault.WrongShape, "The body is JSON null"))
            : (node, null);
    }

    /// <summary>Like <see cref="Parse"/>, for a body that must be one JSON object.</summary>
    public static (JsonObject? Body, InputRejection? Rejection) ParseObject(ReadOnlySpan<byte> utf8, int maxDepth = DefaultMaxDepth)
    {
        var (node, rejection) = Parse(utf8, maxDepth);
        return rejection is not null ? (null, rejection)
            : node is JsonObject body ? (body, null)
            : (null, new InputRejection(InputFault.WrongShape, "The body must be a JSON object"));
    }

    private static InputRejection? Check(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var names = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            return new InputRejection(InputFault.TooDeep, $"The body nests deeper than {maxDepth} levels");
                        }

                        names.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        if (!TryGetString(ref reader, out var name))
                        {
                            return LoneSurrogate;
                        }

                        if (!names.Peek()!.Add(name))
                        {
                            return new InputRejection(InputFault.DuplicateKey, "A member name is repeated within one object");
                        }

                        break;
                    case JsonTokenType.String:
                        if (!TryGetString(ref reader, out _))
                        {
                            return LoneSurrogate;
                        }

                        break;
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return new InputRejection(InputFault.Malformed, "The body is not valid JSON");
        }
    }

    private static readonly InputRejection LoneSurrogate =
        new(InputFault.LoneSurrogate, "A string holds an unpaired surrogate escape");

    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return false;
        }
    }
}
