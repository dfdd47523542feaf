using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Bayeux;

/// <summary>
/// One event the server delivered, as recorded by the inbox: the concrete channel, the data, when and
/// in which order it arrived at this client, and the message as received.
/// </summary>
public sealed record BayeuxEvent
{
    private JsonNode? _data;
    private ReadOnlyMemory<byte> _dataUtf8;
    private volatile bool _dataPending;

    /// <summary>Arrival order within this client's inbox, starting at 1; gaps share the same counter.</summary>
    public required long Order { get; init; }

    /// <summary>The concrete channel (never a wildcard; Bayeux spec: "Delivery").</summary>
    public required string Channel { get; init; }

    /// <summary>
    /// The event's data. An event read straight from the wire keeps its data as the received bytes
    /// (<see cref="DataUtf8"/>) and builds this node on first read, once: most of a long run's events are kept and
    /// never read, and a kept node tree per event is what made the inbox's heap, and its collections, grow.
    /// </summary>
    public required JsonNode? Data
    {
        get
        {
            if (_dataPending)
            {
                // The bytes were parsed once already, so this cannot fail; two first readers agree on one node.
                Interlocked.CompareExchange(ref _data, JsonNode.Parse(_dataUtf8.Span), null);
                _dataPending = false;
            }
            return _data;
        }
        init => _data = value;
    }

    /// <summary>The data as received (UTF-8 JSON), when the event was read straight from the wire; empty otherwise.</summary>
    public ReadOnlyMemory<byte> DataUtf8
    {
        get => _dataUtf8;
        init
        {
            _dataUtf8 = value;
            _dataPending = !value.IsEmpty;
        }
    }

    public required DateTimeOffset ArrivedAt { get; init; }

    /// <summary>The message exactly as received on the wire (UTF-8 JSON, before incoming extensions): a view of the received array, shared with the traffic log.</summary>
    public required ReadOnlyMemory<byte> RawUtf8 { get; init; }

    /// <summary><see cref="RawUtf8"/> as text, decoded on each read (events are many and rarely read this way).</summary>
    public string Raw => Encoding.UTF8.GetString(RawUtf8.Span);

    /// <summary>The session the event arrived in.</summary>
    public string? ClientId { get; init; }

    /// <summary>The connection type that carried it (long-polling, websocket, ...).</summary>
    public required string Transport { get; init; }

    /// <summary>The local subscriptions it matched; empty when the server sent something nobody subscribed to.</summary>
    public required IReadOnlyList<string> Subscriptions { get; init; }

    /// <summary>A one-line description for failure messages.</summary>
    public string Describe(int maxDataLength = 300)
    {
        var data = Data?.ToJsonString() ?? "null";
        if (data.Length > maxDataLength)
        {
            data = data[..maxDataLength] + "...";
        }
        return $"#{Order} at {ArrivedAt:HH:mm:ss.fff} {Channel} {data}";
    }
}
