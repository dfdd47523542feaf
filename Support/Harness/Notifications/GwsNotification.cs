using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.Harness.Notifications;

/// <summary>A GWS notification as captured from Bayeux: the channel and the <c>data</c> object ("Chat API: Message Types"; docs/inferences.md#notification-envelope).</summary>
public sealed record GwsNotification(string Channel, JsonObject Data)
{
    public string? MessageType => Text(NotificationFields.MessageType);

    public string? NotificationType => Text(NotificationFields.NotificationType);

    /// <summary>The referenceId, if present and an integer (docs/inferences.md#reference-id).</summary>
    public long? ReferenceId => Data[NotificationFields.ReferenceId] is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    public bool HasReferenceId => Data.ContainsKey(NotificationFields.ReferenceId);

    /// <summary>The embedded resource (chat, smssession/smsession, imSession), if any.</summary>
    public JsonObject? Resource(MediaKind media) =>
        Data[media.ResourceKey] as JsonObject
        ?? (media == MediaKind.SmsSession ? Data[SmsAlternativeSpelling.ResourceKey] as JsonObject : null);

    public string? State(MediaKind media) => Resource(media)?[ResourceFields.State] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>One line for Expected/Actual messages: what a reader needs to tell notifications apart.</summary>
    public string Describe(MediaKind? media = null)
    {
        var parts = new List<string> { Channel, $"{MessageType ?? "(no messageType)"}/{NotificationType ?? "(no notificationType)"}" };
        if (HasReferenceId)
        {
            parts.Add("referenceId=" + Data[NotificationFields.ReferenceId]?.ToJsonString());
        }

        foreach (var kind in media is null ? MediaKind.ChatLike.Append(MediaKind.ImSession) : [media])
        {
            if (Resource(kind) is { } resource)
            {
                parts.Add($"{kind.ResourceKey}.id={resource[ResourceFields.Id]?.ToString()} state={resource[ResourceFields.State]?.ToString()}");
                break;
            }
        }

        if (Data[NotificationFields.ErrorMessage] is { } error)
        {
            parts.Add("errorMessage=" + error.ToJsonString());
        }

        if (Data[NotificationFields.Messages] is JsonArray messages)
        {
            parts.Add("messages=[" + string.Join(", ", messages.OfType<JsonObject>().Select(m =>
                string.Create(CultureInfo.InvariantCulture, $"{m[MessageLogFields.Index]}:{m[MessageLogFields.Type]}"))) + "]");
        }

        return string.Join(" ", parts);
    }

    private string? Text(string field) => Data[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
