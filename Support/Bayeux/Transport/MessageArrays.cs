using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>Parsing and writing Bayeux arrays (Bayeux spec: "Messages"): requests are always arrays; a lone object reply is accepted.</summary>
public static class MessageArrays
{
    public static string Write(IReadOnlyList<JsonObject> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var array = new JsonArray();
        foreach (var message in messages)
        {
            array.Add(message.DeepClone());
        }
        return array.ToJsonString();
    }

    /// <summary>The messages of a received body; throws <see cref="BayeuxTransportException"/> when it is not Bayeux JSON.</summary>
    public static IReadOnlyList<JsonObject> Parse(string body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new BayeuxTransportException("The response is not JSON: " + ex.Message, ex);
        }
        return node switch
        {
            JsonArray array => [.. array.Select(item => item as JsonObject ?? throw new BayeuxTransportException("The response array holds a non-object: " + item?.ToJsonString()))],
            JsonObject single => [single],
            _ => throw new BayeuxTransportException("The response is neither a JSON array nor an object: " + Shorten(body)),
        };
    }

    public static string Shorten(string text, int max = 200) => text.Length <= max ? text : text[..max] + "...";
}
