using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;

namespace Conformance.Bayeux;

/// <summary>A reply to one request, correlated by id, never by position (Bayeux spec: "id").</summary>
public sealed record BayeuxReply(JsonObject Message)
{
    public string? Channel => JsonRead.String(Message, Fields.Channel);

    public bool Successful => JsonRead.Bool(Message, Fields.Successful) == true;

    public BayeuxError? Error => BayeuxError.Parse(JsonRead.String(Message, Fields.Error));

    public JsonObject? Advice => Message[Fields.Advice] as JsonObject;

    /// <summary><c>advice.reconnect</c>, or null when absent.</summary>
    public string? Reconnect => JsonRead.String(Advice, Protocol.Advice.Reconnect);

    public override string ToString() => Message.ToJsonString();
}
