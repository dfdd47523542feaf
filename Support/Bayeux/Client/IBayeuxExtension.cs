using System.Text.Json.Nodes;

namespace Conformance.Bayeux;

/// <summary>
/// Hooks on every message, like CometD's <c>ClientSession.Extension</c>: tests use them to
/// bend messages (strip <c>channel</c>, forge <c>clientId</c>) with the normal client. Return the message
/// (changed or not) to keep it, or null to drop it.
/// </summary>
public interface IBayeuxExtension
{
    /// <summary>Called for each message before it is sent; runs in registration order.</summary>
    JsonObject? Outgoing(JsonObject message) => message;

    /// <summary>Called for each received message before the client looks at it; runs in registration order.</summary>
    JsonObject? Incoming(JsonObject message) => message;
}
