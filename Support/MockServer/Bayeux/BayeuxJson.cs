using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.MockServer.Input;

namespace Conformance.MockServer.Bayeux;

/// <summary>Reading Bayeux messages and writing replies (Bayeux spec: "Common Message Field Definitions").</summary>
internal static class BayeuxJson
{
    /// <summary>
    /// Parses a request body: a JSON array of objects, or one object (lenient; CometD itself refuses it, docs/cometd-behaviour.md#arrays-only).
    /// Null for anything else (invalid JSON, an empty array, a non-object element): HTTP 400 as
    /// cometd-nodejs-server answers (docs/cometd-behaviour.md#arrays-only).
    /// </summary>
    public static List<JsonObject>? ParseBatch(ReadOnlySpan<byte> body) => ParseBatch(body, out _);

    /// <summary>
    /// <see cref="ParseBatch(ReadOnlySpan{byte})"/> through the mock's input boundary
    /// (<see cref="StrictJson"/>): a repeated member name, an unpaired surrogate, bytes that are not
    /// UTF-8 or too much nesting refuse the whole batch, so no message of it reaches a session.
    /// </summary>
    public static List<JsonObject>? ParseBatch(ReadOnlySpan<byte> body, out InputRejection? rejection)
    {
        (var root, rejection) = StrictJson.Parse(body);
        switch (root)
        {
            case JsonObject single:
                return [single];
            case JsonArray { Count: > 0 } array when array.All(n => n is JsonObject):
                var messages = array.Cast<JsonObject>().ToList();
                array.Clear(); // detach, so each message can be re-parented into replies
                return messages;
            default:
                rejection ??= new InputRejection(InputFault.WrongShape, "The body must be a non-empty array of message objects");
                return null;
        }
    }

    /// <summary>The reply skeleton: channel and echoed id (Bayeux spec: "id": a reply echoes it).</summary>
    public static JsonObject Reply(JsonObject request, string? channel)
    {
        var reply = new JsonObject();
        if (request[Fields.Id] is { } id)
        {
            reply[Fields.Id] = id.DeepClone();
        }
        if (channel is not null)
        {
            reply[Fields.Channel] = channel; // absent when the request had no usable channel
        }
        return reply;
    }

    public static JsonObject Fail(JsonObject reply, string error)
    {
        reply[Fields.Successful] = false;
        reply[Fields.Error] = error;
        return reply;
    }

    /// <summary>
    /// <c>402::session_unknown</c>; on handshake and connect replies with advice to handshake again
    /// (docs/cometd-behaviour.md#advice-defaults: only those replies carry it).
    /// </summary>
    public static JsonObject SessionUnknown(JsonObject reply, bool withAdvice)
    {
        Fail(reply, BayeuxErrors.SessionUnknown);
        if (withAdvice)
        {
            reply[Fields.Advice] = new JsonObject { [Advice.Reconnect] = Advice.ReconnectHandshake, [Advice.Interval] = 0 };
        }
        return reply;
    }

    /// <summary>A valid id is a string or a number (Bayeux spec: "id"); anything else is 405::message_id_invalid.</summary>
    public static bool IdIsValid(JsonObject message) =>
        message[Fields.Id] is null
        || (message[Fields.Id] is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number);

    /// <summary>A delivered event: concrete channel, data, and a server id (Bayeux spec: "Delivery"; Faye adds the id too).</summary>
    public static string Event(string channel, JsonNode? data, long id)
    {
        // Written straight from the data, with no copy of it: the same text as a JsonObject of the three members.
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.Channel, channel);
            writer.WritePropertyName(Fields.Data);
            if (data is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                data.WriteTo(writer);
            }
            writer.WriteString(Fields.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>One response array: events first, then replies, as CometD orders them (docs/cometd-behaviour.md#events-and-replies-order).</summary>
    public static byte[] Response(IEnumerable<string> events, IEnumerable<JsonObject> replies)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        var first = true;
        buffer.Write("["u8);
        foreach (var json in events)
        {
            Separate(buffer, ref first);
            Encoding.UTF8.GetBytes(json, buffer);
        }
        using var writer = new Utf8JsonWriter(buffer);
        foreach (var reply in replies)
        {
            Separate(buffer, ref first);
            writer.Reset();
            reply.WriteTo(writer);
            writer.Flush();
        }
        buffer.Write("]"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Separate(ArrayBufferWriter<byte> buffer, ref bool first)
    {
        if (!first)
        {
            buffer.Write(","u8);
        }
        first = false;
    }
}
