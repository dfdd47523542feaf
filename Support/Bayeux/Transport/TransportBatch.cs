using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>One outgoing array: <see cref="IsConnect"/> marks a <c>/meta/connect</c>, which travels alone (docs/cometd-behaviour.md#batching).</summary>
public sealed record TransportBatch(IReadOnlyList<JsonObject> Messages, bool IsConnect, TimeSpan Timeout);
