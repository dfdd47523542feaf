using System.Text.Json.Nodes;

namespace MockServer.Tests.Support;

/// <summary>One notification as the GWS domain handed it to the Bayeux layer.</summary>
internal sealed record Published(string UserId, string Channel, JsonObject Data)
{
    public string? MessageType => Data["messageType"]?.GetValue<string>();
    public string? NotificationType => Data["notificationType"]?.GetValue<string>();
    public int? ReferenceId => Data["referenceId"]?.GetValue<int>();

    public override string ToString() => $"{Channel} {MessageType}/{NotificationType} r={ReferenceId?.ToString() ?? "-"}";
}
