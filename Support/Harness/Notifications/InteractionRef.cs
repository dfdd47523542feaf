using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.Harness.Notifications;

/// <summary>
/// The interaction a scenario is about. Until its id is known (or for "an unknown chat"), every
/// notification of the medium counts as being "for" it, so absence checks stay strict.
/// </summary>
public sealed class InteractionRef(MediaKind media, string topic)
{
    public MediaKind Media { get; } = media;

    /// <summary>The CometD topic of this medium on the target (configurable, docs/inferences.md#sms-notification-channel).</summary>
    public string Topic { get; } = topic;

    public string? Id { get; set; }

    /// <summary>Per role: the transcript index seen last, to check that new entries continue it ("Chat API: Message Types").</summary>
    public Dictionary<string, long> LastLogIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>Per role: the resource as the last state change showed it, for "unchanged" checks (docs/inferences.md#error-notification).</summary>
    public Dictionary<string, JsonObject> LastKnownResource { get; } = new(StringComparer.Ordinal);

    public bool IsOfMedium(GwsNotification n) =>
        n.Channel == Topic
        || n.MessageType == Media.StateChangeMessageType
        || (Media == MediaKind.ImSession && n.MessageType == MessageTypes.ImLogUpdate);

    /// <summary>Does the notification name this interaction (resource id, chatUri/chatPath, smssessionUri, imSessionPath)?</summary>
    public bool Names(GwsNotification n)
    {
        if (Id is null)
        {
            return IsOfMedium(n);
        }

        if (n.Resource(Media)?[ResourceFields.Id]?.ToString() == Id)
        {
            return true;
        }

        string?[] links =
        [
            n.Data[Media.LogUriField]?.ToString(), n.Data[Media.LogPathField]?.ToString(),
            Media == MediaKind.SmsSession ? n.Data[SmsAlternativeSpelling.LogUriField]?.ToString() : null,
            Media == MediaKind.SmsSession ? n.Data[SmsAlternativeSpelling.LogPathField]?.ToString() : null,
        ];
        return links.Any(link => link is not null && link.TrimEnd('/').EndsWith("/" + Id, StringComparison.Ordinal));
    }

    public string Describe() => Id is null ? $"any {Media.Name}" : $"{Media.Name} {Id}";
}
