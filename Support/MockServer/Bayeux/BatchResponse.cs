using System.Text.Json.Nodes;

namespace Conformance.MockServer.Bayeux;

/// <summary>How a batch's response ends: normally, or as a superseded long poll (docs/cometd-behaviour.md#superseded-connect).</summary>
internal sealed record BatchResponse(bool Superseded, IReadOnlyList<string> Events, IReadOnlyList<JsonObject> Replies);
