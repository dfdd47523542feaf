using System.Text.Json.Nodes;

namespace Conformance.MockServer.Bayeux;

/// <summary>A <c>/meta/connect</c> of a batch: its reply is completed after the hold, with the events.</summary>
internal sealed record ConnectStep(BayeuxSession Session, JsonObject Reply, HeldConnect? Held, int HoldMs);
