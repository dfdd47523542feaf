using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;

namespace Conformance.MockServer.Gws.Notifications;

/// <summary>
/// The notifications one operation causes, in the order they must be delivered. Operations write into
/// it through these verbs, so the sequence of each operation reads as a list (as each operation page lists its notifications).
/// </summary>
internal sealed class NotificationBatch(ResourceJson json, TopicMap topics)
{
    public List<OutgoingNotification> Items { get; } = [];

    public void StatusChange(Interaction interaction, AgentParty party, int? referenceId, bool emptyParticipants = false) =>
        StateMessage(interaction, party, NotificationTypes.StatusChange, referenceId, emptyParticipants);

    public void ParticipantsUpdated(Interaction interaction, AgentParty party, int? referenceId) =>
        StateMessage(interaction, party, NotificationTypes.ParticipantsUpdated, referenceId);

    public void PropertiesUpdated(Interaction interaction, AgentParty party, int? referenceId) =>
        StateMessage(interaction, party, NotificationTypes.PropertiesUpdated, referenceId);

    /// <summary>An accepted request that failed: the unchanged resource with errorMessage ("Chat API: Invite", "SMS Session API: Invite"; docs/inferences.md#error-notification).</summary>
    public void Error(Interaction interaction, AgentParty party, int referenceId)
    {
        var data = StateData(interaction, party, NotificationTypes.Error, referenceId, emptyParticipants: false);
        data[NotificationFields.ErrorMessage] = NotificationFields.OperationFailedText;
        Add(party.UserId, interaction.Media, data);
    }

    /// <summary>MessageLogUpdated with the given entries; no referenceId, as in every sample (docs/inferences.md#reference-id).</summary>
    public void MessageLog(Interaction interaction, AgentParty party, IEnumerable<LogEntry> entries)
    {
        // A party never learns of entries it may not see (a monitoring supervisor's); nothing visible, nothing sent.
        entries = [.. entries.Where(e => Supervision.SupervisorVisibility.CanSee(party, e.Visibility))];
        if (!entries.Any())
        {
            return;
        }

        var path = interaction.Media.ResourcePath(interaction.Id);
        var data = new JsonObject
        {
            [NotificationFields.MessageType] = MessageTypes.MessageLogUpdated,
            [NotificationFields.NotificationType] = NotificationTypes.NewMessages,
            [NotificationFields.Messages] = json.Entries(entries),
            [interaction.Media.LogUriField] = json.Interaction(interaction, party)[ResourceFields.Uri]!.DeepClone(),
            [interaction.Media.LogPathField] = path,
        };
        Add(party.UserId, interaction.Media, data);
    }

    /// <summary>The same entries to every agent taking part, each seeing its own view.</summary>
    public void MessageLogToActiveParties(Interaction interaction, LogEntry entry)
    {
        foreach (var party in interaction.ActiveParties)
        {
            MessageLog(interaction, party, [entry]);
        }
    }

    public void ImStatusChange(ImSession session, ImParty party, int? referenceId) =>
        Add(party.UserId, MediaKind.ImSession, ImData(session, party, NotificationTypes.StatusChange, referenceId));

    public void ImAttachedDataChanged(ImSession session, ImParty party, int? referenceId) =>
        Add(party.UserId, MediaKind.ImSession, ImData(session, party, NotificationTypes.AttachedDataChanged, referenceId));

    public void ImError(ImSession session, ImParty party, int referenceId)
    {
        var data = ImData(session, party, NotificationTypes.Error, referenceId);
        data[NotificationFields.ErrorMessage] = NotificationFields.OperationFailedText;
        Add(party.UserId, MediaKind.ImSession, data);
    }

    /// <summary>IMLogUpdateMessage: a flat text, no sender, index or timestamp ("IM Session API: Message Types").</summary>
    public void ImLog(ImSession session, ImParty party, string text) =>
        Add(party.UserId, MediaKind.ImSession, new JsonObject
        {
            [NotificationFields.MessageType] = MessageTypes.ImLogUpdate,
            [NotificationFields.NotificationType] = NotificationTypes.NewMessage,
            [MediaKind.ImSession.LogPathField] = MediaKind.ImSession.ResourcePath(session.Id),
            [NotificationFields.Message] = text,
        });

    /// <summary>ChannelStateChangeMessageV2 on /v2/me/channels ("Channels Resource").</summary>
    public void ChannelState(string userId, JsonObject channel) =>
        Items.Add(new OutgoingNotification(userId, topics.Channels, new JsonObject
        {
            [NotificationFields.MessageType] = MessageTypes.ChannelStateChange,
            [NotificationFields.Channels] = new JsonArray(channel),
        }));

    private void StateMessage(Interaction interaction, AgentParty party, string type, int? referenceId,
        bool emptyParticipants = false) =>
        Add(party.UserId, interaction.Media, StateData(interaction, party, type, referenceId, emptyParticipants));

    private JsonObject StateData(Interaction interaction, AgentParty party, string type, int? referenceId,
        bool emptyParticipants)
    {
        var data = new JsonObject
        {
            [NotificationFields.MessageType] = interaction.Media.StateChangeMessageType,
            [NotificationFields.NotificationType] = type,
        };
        if (referenceId is { } id)
        {
            data[NotificationFields.ReferenceId] = id;
        }

        data[interaction.Media.ResourceKey] = json.Interaction(interaction, party, emptyParticipants);
        return data;
    }

    private JsonObject ImData(ImSession session, ImParty party, string type, int? referenceId)
    {
        var data = new JsonObject
        {
            [NotificationFields.MessageType] = MediaKind.ImSession.StateChangeMessageType,
            [NotificationFields.NotificationType] = type,
        };
        if (referenceId is { } id)
        {
            data[NotificationFields.ReferenceId] = id;
        }

        data[MediaKind.ImSession.ResourceKey] = json.ImSession(session, party);
        return data;
    }

    private void Add(string userId, MediaKind media, JsonObject data) =>
        Items.Add(new OutgoingNotification(userId, topics.For(media), data));
}
