using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>
/// One received Bayeux array (Bayeux spec: "Messages"), parsed once. The wire's UTF-8 bytes are the one copy of its
/// text: the traffic log's entry and each message's <see cref="Raw"/> are views of them, and each message can be read
/// straight from the parsed JSON (<see cref="TryGetElement"/>) without building a <see cref="JsonObject"/> tree.
/// A <see cref="JsonObject"/> is built only for a message that asks for it (<see cref="Message"/>: replies, extensions).
/// </summary>
public sealed class ReceivedArray
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly JsonElement[]? _elements;
    private readonly JsonObject?[] _nodes;
    private readonly ReadOnlyMemory<byte>[] _raws;

    private ReceivedArray(ReadOnlyMemory<byte> utf8, JsonElement[]? elements, JsonObject?[] nodes, ReadOnlyMemory<byte>[] raws)
    {
        Utf8 = utf8;
        _elements = elements;
        _nodes = nodes;
        _raws = raws;
    }

    /// <summary>The whole array as received (UTF-8 JSON).</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    public int Count => _nodes.Length;

    /// <summary>
    /// Parses a received body: a JSON array of objects, or one object. Throws <see cref="BayeuxTransportException"/>
    /// when it is not Bayeux JSON. The events keep views of <paramref name="body"/>: the caller must not reuse it.
    /// </summary>
    public static ReceivedArray Parse(byte[] body) => Parse(body.AsMemory());

    /// <inheritdoc cref="Parse(byte[])"/>
    public static ReceivedArray Parse(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }
        JsonDocument document;
        try
        {
            // Never disposed: the events' data are views of this document for as long as the inbox keeps them. Its
            // metadata array is then collected with it instead of going back to the pool.
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new BayeuxTransportException("The response is not JSON: " + ex.Message, ex);
        }
        var root = document.RootElement;
        JsonElement[] elements;
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                elements = new JsonElement[root.GetArrayLength()];
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new BayeuxTransportException("The response array holds a non-object: " + item.GetRawText());
                    }
                    elements[index++] = item;
                }
                break;
            case JsonValueKind.Object:
                elements = [root];
                break;
            default:
                throw new BayeuxTransportException("The response is neither a JSON array nor an object: " + MessageArrays.Shorten(Encoding.UTF8.GetString(body.Span)));
        }
        var raws = new ReadOnlyMemory<byte>[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            raws[i] = Slice(body, JsonMarshal.GetRawUtf8Value(elements[i]));
        }
        return new ReceivedArray(body, elements, new JsonObject?[elements.Length], raws);
    }

    /// <summary>An array of messages built in code (test fakes, the handshake's <c>x-messages</c>); their text is their serialisation now.</summary>
    public static ReceivedArray FromMessages(IReadOnlyList<JsonObject> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var nodes = new JsonObject?[messages.Count];
        var raws = new ReadOnlyMemory<byte>[messages.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = messages[i];
            raws[i] = MessageArrays.WriteUtf8(messages[i]);
        }
        return new ReceivedArray(MessageArrays.WriteUtf8(messages), null, nodes, raws);
    }

    /// <summary>Message <paramref name="index"/> as a node (built on first use, then the same node: extensions may change it).</summary>
    public JsonObject Message(int index) => _nodes[index] ??= JsonObject.Create(_elements![index])!;

    /// <summary>Message <paramref name="index"/> as parsed, when it came from the wire and no node was built for it yet.</summary>
    public bool TryGetElement(int index, out JsonElement element)
    {
        if (_elements is not null && _nodes[index] is null)
        {
            element = _elements[index];
            return true;
        }
        element = default;
        return false;
    }

    /// <summary>Message <paramref name="index"/> exactly as received: UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> Raw(int index) => _raws[index];

    /// <summary>A parsed element as a node that reads it lazily (the same node <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/> builds).</summary>
    public static JsonNode? ToNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element),
        JsonValueKind.Array => JsonArray.Create(element),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(element),
    };

    // The document reads the body in place, so an element's raw text lies inside it; a copy only if it ever did not.
    private static ReadOnlyMemory<byte> Slice(ReadOnlyMemory<byte> body, ReadOnlySpan<byte> raw)
    {
        var offset = (long)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(body.Span), ref MemoryMarshal.GetReference(raw));
        return offset >= 0 && offset + raw.Length <= body.Length ? body.Slice((int)offset, raw.Length) : raw.ToArray();
    }
}
