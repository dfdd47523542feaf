using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>One outgoing array: <see cref="IsConnect"/> marks a <c>/meta/connect</c>, which travels alone (docs/cometd-behaviour.md#batching).</summary>
public sealed record TransportBatch(IReadOnlyList<JsonObject> Messages, bool IsConnect, TimeSpan Timeout)
{
    /// <summary>The array as it goes on the wire (UTF-8 JSON), written once when the batch is made: the traffic log records these bytes.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; } = MessageArrays.WriteUtf8(Messages);
}
