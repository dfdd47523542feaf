using System.Text.Json.Nodes;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Gws.Notifications;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>One accepted request on one interaction, as its handler sees it.</summary>
internal sealed record InteractionCall(
    Interaction Interaction, AgentParty Party, JsonObject Body, int ReferenceId, NotificationBatch Notify)
{
    public string? Text(string name) => Body[name]?.GetValue<string>();
}
