using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>
/// One received Bayeux array (Bayeux spec: "Messages"), parsed once into pooled memory. The wire's UTF-8 bytes are the one
/// copy of its text: the traffic log's entry, each message's <see cref="Raw(int)"/> and an event's data are views of them.
/// Each message can be read straight from the parsed JSON (<see cref="TryGetElement"/>) without building a
/// <see cref="JsonObject"/> tree; a node is built only for a message that asks for one (<see cref="Message"/>: replies,
/// messages that extensions see).
/// </summary>
public sealed class ReceivedArray : IDisposable
{
    private readonly JsonDocument? _document;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // Parsed from the wire: the elements, and a node only for a message that asked for one (few do).
    private readonly JsonElement[]? _elements;
    private JsonObject?[]? _nodes;
    private bool _documentShared;

    // Built in code: the nodes and their serialisations.
    private readonly ReadOnlyMemory<byte>[]? _raws;

    private ReceivedArray(ReadOnlyMemory<byte> utf8, JsonDocument document, JsonElement[] elements)
    {
        Utf8 = utf8;
        _document = document;
        _elements = elements;
    }

    private ReceivedArray(ReadOnlyMemory<byte> utf8, JsonObject?[] nodes, ReadOnlyMemory<byte>[] raws)
    {
        Utf8 = utf8;
        _nodes = nodes;
        _raws = raws;
    }

    /// <summary>The whole array as received (UTF-8 JSON).</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    public int Count => _elements?.Length ?? _raws!.Length;

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
            // Pooled, and returned by Dispose once the array was processed: nothing built from it refers to it
            // (nodes and events are built from the bytes).
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
                        var text = item.GetRawText();
                        document.Dispose();
                        throw new BayeuxTransportException("The response array holds a non-object: " + text);
                    }
                    elements[index++] = item;
                }
                break;
            case JsonValueKind.Object:
                elements = [root];
                break;
            default:
                document.Dispose();
                throw new BayeuxTransportException("The response is neither a JSON array nor an object: " + MessageArrays.Shorten(Encoding.UTF8.GetString(body.Span)));
        }
        return new ReceivedArray(body, document, elements);
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
        return new ReceivedArray(MessageArrays.WriteUtf8(messages), nodes, raws);
    }

    /// <summary>
    /// Message <paramref name="index"/> as a node (built on first use, then the same node: extensions may change it). A
    /// node built from the wire reads the parsed document, which then stays with it instead of returning to the pool.
    /// </summary>
    public JsonObject Message(int index)
    {
        _nodes ??= new JsonObject?[Count];
        if (_nodes[index] is null)
        {
            _documentShared = true;
            _nodes[index] = JsonObject.Create(_elements![index]);
        }
        return _nodes[index]!;
    }

    /// <summary>
    /// Message <paramref name="index"/> as parsed, when it came from the wire and no node was built for it yet; valid
    /// until <see cref="Dispose"/> (keep <see cref="Raw(JsonElement)"/> of it, not the element).
    /// </summary>
    public bool TryGetElement(int index, out JsonElement element)
    {
        if (_elements is not null && _nodes?[index] is null)
        {
            element = _elements[index];
            return true;
        }
        element = default;
        return false;
    }

    /// <summary>Message <paramref name="index"/> exactly as received: UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> Raw(int index) => _raws is not null ? _raws[index] : Slice(Utf8, JsonMarshal.GetRawUtf8Value(_elements![index]));

    /// <summary>The bytes of an element of this array (<see cref="TryGetElement"/>), as received.</summary>
    public ReadOnlyMemory<byte> Raw(JsonElement element) => Slice(Utf8, JsonMarshal.GetRawUtf8Value(element));

    /// <summary>
    /// Returns the parse's pooled memory, unless a node reads it (then the collector takes it with the node): the elements
    /// are invalid afterwards, the bytes and nodes stay valid.
    /// </summary>
    public void Dispose()
    {
        if (!_documentShared)
        {
            _document?.Dispose();
        }
    }

    // The document reads the body in place, so an element's raw text lies inside it; a copy only if it ever did not.
    private static ReadOnlyMemory<byte> Slice(ReadOnlyMemory<byte> body, ReadOnlySpan<byte> raw)
    {
        var offset = (long)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(body.Span), ref MemoryMarshal.GetReference(raw));
        return offset >= 0 && offset + raw.Length <= body.Length ? body.Slice((int)offset, raw.Length) : raw.ToArray();
    }
}
