using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Notifications;
using Microsoft.Extensions.Options;

namespace Conformance.MockServer.Hosting;

/// <summary>
/// The one place where most deviations act: each rewrites what the mock is about to send (a batch of
/// notifications, or a synchronous answer), so the domain stays faithful and a deviation is one switch
/// and a few lines here. Off switches leave everything untouched.
/// </summary>
internal sealed partial class DeviationFilters(
    DeviationSwitches deviations, UserDirectory directory, TopicMap topics, IOptions<MockServerOptions> options)
{
    private const string PhantomNickname = "Ghost";
    private const string PhantomParticipantId = "00000000000000FF";

    private readonly object _gate = new();

    /// <summary>Per user and transcript: the first index sent and the last index of the latest update.</summary>
    private readonly Dictionary<(string User, string Path), (int First, int Last)> _indices = [];

    /// <summary>How long a delayed notification is held: past any sensible client deadline.</summary>
    public TimeSpan Delay => options.Value.DeviationDelay;

    /// <summary>The notifications to publish instead of <paramref name="batch"/>, in order.</summary>
    public IReadOnlyList<OutgoingNotification> Notifications(IReadOnlyList<OutgoingNotification> batch)
    {
        IEnumerable<OutgoingNotification> items = batch;
        items = Drop(items);
        if (On(Deviation.ParticipantsUpdatedBeforeStatusChange))
        {
            items = ParticipantsFirst([.. items]);
        }

        items = Duplicate(items);
        var result = new List<OutgoingNotification>();
        foreach (var item in items)
        {
            var data = (JsonObject)item.Data.DeepClone();
            Rewrite(item.UserId, data, batch);
            var topic = On(Deviation.WrongChannel) ? OtherTopic(item.Topic) : item.Topic;
            result.Add(item with { Topic = topic, Data = data });
            if (On(Deviation.LeakToOtherAgents) && IsInteractionTopic(item.Topic))
            {
                result.AddRange(directory.Users.Where(u => u.Id != item.UserId)
                    .Select(u => item with { UserId = u.Id, Topic = topic, Data = (JsonObject)data.DeepClone() }));
            }
        }

        return result;
    }

    /// <summary>Whether this notification must be held back past the client's deadline.</summary>
    public bool IsDelayed(OutgoingNotification notification) =>
        (On(Deviation.DelayErrorNotification) && NotificationType(notification.Data) == NotificationTypes.Error)
        || (On(Deviation.DelayImLogUpdate) && MessageType(notification.Data) == MessageTypes.ImLogUpdate);

    /// <summary>The synchronous answer to write instead of <paramref name="body"/> (see <c>ApiResult.ToJson</c>).</summary>
    public JsonObject Response(JsonObject body)
    {
        var code = body[ResponseFields.StatusCode]!.GetValue<int>();
        if (code != GwsStatusCodes.Ok)
        {
            code = Remap(code);
            if (On(Deviation.RefusalAnsweredAsSuccess))
            {
                code = GwsStatusCodes.Ok;
                body.Remove(ResponseFields.StatusMessage);
            }

            if (On(Deviation.ErrorWithoutStatusMessage))
            {
                body.Remove(ResponseFields.StatusMessage);
            }
        }
        else if (On(Deviation.AcceptedWithoutReferenceId))
        {
            body.Remove(ResponseFields.ReferenceId);
        }

        // Only refusals: a string statusCode on the sign-in answers would stop every scenario before it starts.
        var refused = body[ResponseFields.StatusCode]!.GetValue<int>() != GwsStatusCodes.Ok;
        body[ResponseFields.StatusCode] = On(Deviation.StatusCodeAsString) && refused
            ? JsonValue.Create(code.ToString(CultureInfo.InvariantCulture))
            : JsonValue.Create(code);
        return body;
    }

    private int Remap(int code) => code switch
    {
        GwsStatusCodes.ParameterMissing when On(Deviation.MissingParameterAsInvalidInput) => GwsStatusCodes.InputValidationError,
        GwsStatusCodes.ResourceNotFound when On(Deviation.NotFoundAsInvalidInput) => GwsStatusCodes.InputValidationError,
        GwsStatusCodes.InputValidationError when On(Deviation.InvalidInputAsMissingParameter) => GwsStatusCodes.ParameterMissing,
        _ => code,
    };

    private IEnumerable<OutgoingNotification> Drop(IEnumerable<OutgoingNotification> items) =>
        items.Where(n =>
        {
            var (message, notification) = (MessageType(n.Data), NotificationType(n.Data));
            return !((On(Deviation.DropStatusChange) && notification == NotificationTypes.StatusChange)
                || (On(Deviation.DropParticipantsUpdated) && notification == NotificationTypes.ParticipantsUpdated)
                || (On(Deviation.DropPropertiesUpdated) && notification == NotificationTypes.PropertiesUpdated)
                || (On(Deviation.DropAttachedDataChanged) && notification == NotificationTypes.AttachedDataChanged)
                || (On(Deviation.DropErrorNotification) && notification == NotificationTypes.Error)
                || (On(Deviation.DropImLogUpdate) && message == MessageTypes.ImLogUpdate));
        });

    private IEnumerable<OutgoingNotification> Duplicate(IEnumerable<OutgoingNotification> items) =>
        items.SelectMany(n =>
        {
            var twice = (On(Deviation.DuplicateStatusChange) && NotificationType(n.Data) == NotificationTypes.StatusChange)
                || (On(Deviation.DuplicateMessageLogUpdated) && MessageType(n.Data) == MessageTypes.MessageLogUpdated)
                || (On(Deviation.DuplicateImLogUpdate) && MessageType(n.Data) == MessageTypes.ImLogUpdate);
            return twice ? new[] { n, n with { Data = (JsonObject)n.Data.DeepClone() } } : [n];
        });

    /// <summary>Swaps each StatusChange with the ParticipantsUpdated that follows it for the same user.</summary>
    private static List<OutgoingNotification> ParticipantsFirst(List<OutgoingNotification> items)
    {
        for (var i = 0; i < items.Count - 1; i++)
        {
            var j = items.FindIndex(i + 1, n => n.UserId == items[i].UserId);
            if (j > 0 && NotificationType(items[i].Data) == NotificationTypes.StatusChange
                && NotificationType(items[j].Data) == NotificationTypes.ParticipantsUpdated)
            {
                (items[i], items[j]) = (items[j], items[i]);
                i = j;
            }
        }

        return items;
    }

    private void Rewrite(string userId, JsonObject data, IReadOnlyList<OutgoingNotification> batch)
    {
        var message = MessageType(data);
        if (message is not null && message.EndsWith("StateChangeMessage", StringComparison.Ordinal)
            && message != MessageTypes.ChannelStateChange)
        {
            if (On(Deviation.SmsMessageTypeCapitalS) && message == MessageTypes.SmsSessionStateChange)
            {
                data[NotificationFields.MessageType] = message = "SMSSessionStateChangeMessage";
            }

            if (On(Deviation.StateMessageTypeWithoutSuffix))
            {
                data[NotificationFields.MessageType] = message[..^"Message".Length];
            }
        }

        var notification = NotificationType(data);
        if (On(Deviation.StatusChangeMislabelled) && notification == NotificationTypes.StatusChange)
        {
            data[NotificationFields.NotificationType] = "StateChange";
        }

        if (On(Deviation.MessageLogNewMessageSingular) && notification == NotificationTypes.NewMessages)
        {
            data[NotificationFields.NotificationType] = NotificationTypes.NewMessage;
        }

        if (message == MessageTypes.ImLogUpdate)
        {
            RewriteImLog(data);
        }

        RewriteReferenceId(userId, data, batch);
        if (notification == NotificationTypes.Error)
        {
            RewriteError(data);
        }

        if (Resource(data) is { } resource)
        {
            RewriteResource(resource);
        }

        if (data[NotificationFields.Messages] is JsonArray entries && message == MessageTypes.MessageLogUpdated)
        {
            RewriteEntries(userId, data, entries);
        }
    }

    private void RewriteImLog(JsonObject data)
    {
        if (On(Deviation.ImLogNewMessagesPlural))
        {
            data[NotificationFields.NotificationType] = NotificationTypes.NewMessages;
        }

        if (On(Deviation.ImLogTextAltered) && data[NotificationFields.Message] is JsonValue text)
        {
            data[NotificationFields.Message] = text.GetValue<string>().ToUpperInvariant();
        }
    }

    private void RewriteReferenceId(string userId, JsonObject data, IReadOnlyList<OutgoingNotification> batch)
    {
        if (On(Deviation.ReferenceIdOnEveryNotification) && data[NotificationFields.ReferenceId] is null
            && MessageType(data) != MessageTypes.ChannelStateChange
            && batch.FirstOrDefault(n => n.UserId == userId && n.Data[NotificationFields.ReferenceId] is not null) is { } caused)
        {
            data[NotificationFields.ReferenceId] = caused.Data[NotificationFields.ReferenceId]!.DeepClone();
        }

        if (data[NotificationFields.ReferenceId] is JsonValue value && value.TryGetValue<int>(out var id))
        {
            if (On(Deviation.WrongReferenceId))
            {
                id++;
                data[NotificationFields.ReferenceId] = id;
            }

            if (On(Deviation.ReferenceIdAsString))
            {
                data[NotificationFields.ReferenceId] = id.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private void RewriteError(JsonObject data)
    {
        if (On(Deviation.ErrorWithoutErrorMessage))
        {
            data.Remove(NotificationFields.ErrorMessage);
        }

        if (On(Deviation.ErrorChangesResource) && Resource(data) is { } resource)
        {
            resource[ResourceFields.State] = InteractionStates.Completed;
        }
    }

    private void RewriteResource(JsonObject resource)
    {
        var isIm = resource[ResourceFields.Participants] is JsonArray list
            && list.Any(p => p is JsonObject o && o.ContainsKey(ResourceFields.PhoneNumber));
        if (On(Deviation.WrongResourceId) && resource[ResourceFields.Id] is JsonValue id)
        {
            resource[ResourceFields.Id] = id.GetValue<string>() + "0";
        }

        if (On(Deviation.StateLowerCase) && resource[ResourceFields.State] is JsonValue state)
        {
            resource[ResourceFields.State] = state.GetValue<string>().ToLowerInvariant();
        }

        if (On(Deviation.UriRelative) && resource[ResourceFields.Path] is JsonValue path)
        {
            resource[ResourceFields.Uri] = path.GetValue<string>();
        }

        if (On(Deviation.ReceivedDateAsNumber) && resource[ResourceFields.ReceivedDate] is JsonValue received
            && TimestampParts().Match(received.GetValue<string>()) is { Success: true } parts)
        {
            var offset = parts.Groups["offset"].Value;
            var at = DateTimeOffset.Parse(
                parts.Groups["seconds"].Value + parts.Groups["millis"].Value + offset[..3] + ":" + offset[3..],
                CultureInfo.InvariantCulture);
            resource[ResourceFields.ReceivedDate] = at.ToUnixTimeMilliseconds();
        }

        if (resource[ResourceFields.Capabilities] is JsonArray capabilities)
        {
            RewriteCapabilities(resource, capabilities, isIm);
        }

        if (resource[ResourceFields.Participants] is JsonArray participants)
        {
            if (isIm)
            {
                RewriteImParticipants(participants);
            }
            else
            {
                RewriteParticipants(participants);
            }
        }
    }

    private void RewriteCapabilities(JsonObject resource, JsonArray capabilities, bool isIm)
    {
        if (capabilities.Count > 0 && (isIm ? On(Deviation.ImCapabilityDropped) : On(Deviation.CapabilityDropped)))
        {
            // The most basic operation of a live session when offered, so no state escapes the deviation.
            var sendMessage = capabilities.FirstOrDefault(c => c?.GetValue<string>() == Operations.SendMessage);
            capabilities.Remove(sendMessage ?? capabilities[^1]);
        }

        if (!isIm && On(Deviation.AcceptOfferedInEveryState)
            && resource[ResourceFields.State]?.GetValue<string>() != InteractionStates.Invited
            && !capabilities.Any(c => c?.GetValue<string>() == Operations.Accept))
        {
            capabilities.Add(Operations.Accept);
        }
    }

    private void RewriteImParticipants(JsonArray participants)
    {
        if (!On(Deviation.ImParticipantWrongNumber))
        {
            return;
        }

        foreach (var participant in participants.OfType<JsonObject>())
        {
            foreach (var field in new[] { ResourceFields.Digits, ResourceFields.E164Number, ResourceFields.FormattedPhoneNumber, ResourceFields.PhoneNumber })
            {
                if (participant[field] is JsonValue number)
                {
                    participant[field] = number.GetValue<string>() + "9";
                }
            }
        }
    }

    private void RewriteParticipants(JsonArray participants)
    {
        if (On(Deviation.DropCustomerParticipant))
        {
            foreach (var customer in participants.Where(p => p?[ResourceFields.Type]?.GetValue<string>() == ParticipantTypes.Customer).ToList())
            {
                participants.Remove(customer);
            }
        }

        if (On(Deviation.ExtraParticipant) && participants.Count > 0)
        {
            participants.Add(new JsonObject
            {
                [ResourceFields.Nickname] = PhantomNickname,
                [ResourceFields.Type] = ParticipantTypes.Agent,
                [ResourceFields.ParticipantId] = PhantomParticipantId,
                [ResourceFields.Visibility] = Visibilities.All,
            });
        }

        foreach (var participant in participants.OfType<JsonObject>())
        {
            RewriteParticipant(participant);
            if (On(Deviation.SupervisorParticipantVisibleToAll)
                && participant[ResourceFields.Visibility]?.GetValue<string>() != Visibilities.All
                && participant[ResourceFields.Type]?.GetValue<string>() == ParticipantTypes.Agent)
            {
                participant[ResourceFields.Visibility] = Visibilities.All;
            }
        }
    }

    private void RewriteParticipant(JsonObject participant)
    {
        if (On(Deviation.ParticipantTypeLowerCase) && participant[ResourceFields.Type] is JsonValue type)
        {
            participant[ResourceFields.Type] = type.GetValue<string>().ToLowerInvariant();
        }

        if (On(Deviation.NicknameUpperCase) && participant[ResourceFields.Nickname] is JsonValue nickname)
        {
            participant[ResourceFields.Nickname] = nickname.GetValue<string>().ToUpperInvariant();
        }
    }

    private void RewriteEntries(string userId, JsonObject data, JsonArray entries)
    {
        foreach (var entry in entries.OfType<JsonObject>())
        {
            RewriteEntry(entry);
        }

        var path = data.Where(p => p.Key.EndsWith("Path", StringComparison.Ordinal)).Select(p => p.Value?.ToString()).FirstOrDefault() ?? "";
        Renumber(userId, path, entries);
    }

    private void RewriteEntry(JsonObject entry)
    {
        if (On(Deviation.LogEntryTypeWrong) && entry[MessageLogFields.Type] is JsonValue type)
        {
            var word = type.GetValue<string>();
            entry[MessageLogFields.Type] = char.ToLowerInvariant(word[0]) + word[1..];
        }

        if (On(Deviation.LogTextAltered) && entry[MessageLogFields.Text] is JsonValue text)
        {
            entry[MessageLogFields.Text] = text.GetValue<string>().ToUpperInvariant();
        }

        if (On(Deviation.LogSenderWrong) && entry[MessageLogFields.From]?[ResourceFields.Type] is JsonValue sender)
        {
            entry[MessageLogFields.From]![ResourceFields.Type] = sender.GetValue<string>() == ParticipantTypes.Customer
                ? ParticipantTypes.Agent
                : ParticipantTypes.Customer;
        }

        if (On(Deviation.LogVisibilityWrong) && entry[MessageLogFields.Visibility]?.GetValue<string>() == Visibilities.Agents)
        {
            entry[MessageLogFields.Visibility] = Visibilities.All;
        }

        if (entry[MessageLogFields.From] is JsonObject from)
        {
            RewriteParticipant(from);
        }

        if (entry[MessageLogFields.Timestamp] is JsonValue stamp)
        {
            entry[MessageLogFields.Timestamp] = RewriteTimestamp(stamp.GetValue<string>());
        }

        if (On(Deviation.TimestampSecondsAsString) && entry[MessageLogFields.TimestampSeconds] is JsonValue seconds)
        {
            entry[MessageLogFields.TimestampSeconds] = seconds.ToJsonString();
        }
    }

    private string RewriteTimestamp(string stamp)
    {
        var match = TimestampParts().Match(stamp);
        if (!match.Success)
        {
            return stamp;
        }

        var millis = On(Deviation.TimestampWithoutMilliseconds) ? "" : match.Groups["millis"].Value;
        var offset = match.Groups["offset"].Value;
        if (On(Deviation.TimestampOffsetWithColon))
        {
            offset = offset[..3] + ":" + offset[3..];
        }

        return match.Groups["seconds"].Value + millis + offset;
    }

    private void Renumber(string userId, string path, JsonArray entries)
    {
        if (!On(Deviation.LogIndexRestarts) && !On(Deviation.LogIndexRepeats) && !On(Deviation.LogIndexDescending))
        {
            return;
        }

        var indices = entries.Select(e => e?[MessageLogFields.Index] is JsonValue v && v.TryGetValue<int>(out var i) ? i : (int?)null).ToList();
        if (indices.Count == 0 || indices.Any(i => i is null))
        {
            return;
        }

        int shift;
        lock (_gate)
        {
            var key = (userId, path);
            var known = _indices.TryGetValue(key, out var seen);
            var first = known ? seen.First : indices[0]!.Value;
            shift = !known ? 0
                : On(Deviation.LogIndexRestarts) ? first - indices[0]!.Value
                : On(Deviation.LogIndexRepeats) ? seen.Last - indices[0]!.Value
                : 0;
            _indices[key] = (first, indices[^1]!.Value + shift);
        }

        for (var n = 0; n < entries.Count; n++)
        {
            var index = On(Deviation.LogIndexDescending) ? indices[^(n + 1)]!.Value : indices[n]!.Value;
            entries[n]![MessageLogFields.Index] = index + shift;
        }
    }

    private bool IsInteractionTopic(string topic) =>
        topic == topics.For(MediaKind.Chat) || topic == topics.For(MediaKind.SmsSession) || topic == topics.For(MediaKind.ImSession);

    private string OtherTopic(string topic) =>
        topic == topics.For(MediaKind.Chat) ? topics.For(MediaKind.SmsSession)
        : IsInteractionTopic(topic) ? topics.For(MediaKind.Chat)
        : topic;

    /// <summary>The resource a state-change notification carries (<c>chat</c>, <c>smssession</c>, <c>imSession</c>).</summary>
    private static JsonObject? Resource(JsonObject data) =>
        data.Select(p => p.Value).OfType<JsonObject>().FirstOrDefault(o => o.ContainsKey(ResourceFields.State) && o.ContainsKey(ResourceFields.Id));

    private static string? MessageType(JsonObject data) => (data[NotificationFields.MessageType] as JsonValue)?.GetValue<string>();

    private static string? NotificationType(JsonObject data) => (data[NotificationFields.NotificationType] as JsonValue)?.GetValue<string>();

    private bool On(Deviation deviation) => deviations.IsOn(deviation);

    [GeneratedRegex(@"^(?<seconds>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?<millis>\.\d{3})(?<offset>[+-]\d{4})$")]
    private static partial Regex TimestampParts();
}
