using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>Parsing and writing Bayeux arrays (Bayeux spec: "Messages"): requests are always arrays; a lone object reply is accepted.</summary>
public static class MessageArrays
{
    public static string Write(IReadOnlyList<JsonObject> messages) => Encoding.UTF8.GetString(WriteUtf8(messages));

    /// <summary>The messages as one JSON array in UTF-8, written straight from the nodes (no copy of the tree).</summary>
    public static byte[] WriteUtf8(IReadOnlyList<JsonObject> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var message in messages)
            {
                message.WriteTo(writer);
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One message in UTF-8 JSON.</summary>
    public static byte[] WriteUtf8(JsonNode message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            message.WriteTo(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The messages of a received body; throws <see cref="BayeuxTransportException"/> when it is not Bayeux JSON.</summary>
    public static IReadOnlyList<JsonObject> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var received = ReceivedArray.Parse(Encoding.UTF8.GetBytes(body));
        var messages = new JsonObject[received.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = received.Message(i);
        }
        return messages;
    }

    public static string Shorten(string text, int max = 200) => text.Length <= max ? text : text[..max] + "...";
}
