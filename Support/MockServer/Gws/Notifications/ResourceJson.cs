using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Notifications;

/// <summary>
/// Renders resources and log entries as each agent sees them ("Chat API: Message Types", "IM Session Resource"). Used by GET responses and
/// notifications alike, so both always agree.
/// </summary>
internal sealed class ResourceJson(ApiLinks links, DeviationSwitches deviations)
{
    /// <summary>A chat or SMS session as <paramref name="party"/> sees it.</summary>
    public JsonObject Interaction(Interaction interaction, AgentParty party, bool emptyParticipants = false)
    {
        var path = interaction.Media.ResourcePath(interaction.Id);
        var participants = new JsonArray();
        if (!party.IsFinished && !emptyParticipants)
        {
            foreach (var participant in interaction.Participants.Where(p => Supervision.SupervisorVisibility.CanSee(party, p.Visibility)))
            {
                participants.Add(Participant(participant));
            }
        }

        return new JsonObject
        {
            [ResourceFields.Id] = interaction.Id,
            [ResourceFields.State] = party.State,
            [ResourceFields.Capabilities] = Strings(deviations.IsOn(Deviation.UnknownCapabilityWord)
                ? [.. CapabilityPolicy.Advertised(interaction, party), "Hold"]
                : CapabilityPolicy.Advertised(interaction, party)),
            [ResourceFields.Participants] = participants,
            [ResourceFields.UserData] = interaction.UserData.DeepClone(),
            [ResourceFields.ReceivedDate] = Stamp(interaction.ReceivedDate),
            [ResourceFields.ChatType] = ResourceFields.InboundChatType,
            [ResourceFields.Uri] = UriOf(path),
            [ResourceFields.Path] = path,
        };
    }

    public JsonObject Participant(Participant participant)
    {
        var json = new JsonObject
        {
            [ResourceFields.Nickname] = participant.Nickname,
            [ResourceFields.Type] = participant.Type,
            [ResourceFields.ParticipantId] = deviations.IsOn(Deviation.ParticipantIdLowerCase)
                ? participant.ParticipantId.ToLowerInvariant()
                : participant.ParticipantId,
            [ResourceFields.Visibility] = participant.Visibility,
        };
        if (participant.UserId is not null)
        {
            var path = ApiLinks.UserPath(participant.UserId);
            json[ResourceFields.Uri] = links.UriOf(path);
            json[ResourceFields.Path] = path;
        }

        return json;
    }

    public JsonObject Entry(LogEntry entry)
    {
        var json = new JsonObject
        {
            [MessageLogFields.Index] = entry.Index,
            [MessageLogFields.Type] = entry.Type,
            [MessageLogFields.From] = Participant(entry.From),
            [MessageLogFields.Visibility] = entry.Visibility,
            [MessageLogFields.Timestamp] = Stamp(entry.Timestamp),
            [MessageLogFields.TimestampSeconds] = deviations.IsOn(Deviation.TimestampInSeconds)
                ? entry.Timestamp.ToUnixTimeSeconds()
                : entry.Timestamp.ToUnixTimeMilliseconds(),
        };
        AddIfPresent(json, MessageLogFields.Text, entry.Text);
        AddIfPresent(json, MessageLogFields.Url, entry.Url);
        AddIfPresent(json, MessageLogFields.NoticeText, entry.NoticeText);
        return json;
    }

    public JsonArray Entries(IEnumerable<LogEntry> entries) => [.. entries.Select(e => (JsonNode)Entry(e))];

    /// <summary>An IM session as one side sees it ("IM Session Resource", "IM Session API: InitiateIMSession").</summary>
    public JsonObject ImSession(ImSession session, ImParty party)
    {
        var path = MediaKind.ImSession.ResourcePath(session.Id);
        var number = party.RemotePhoneNumber;
        return new JsonObject
        {
            [ResourceFields.Id] = session.Id,
            [ResourceFields.State] = party.State,
            [ResourceFields.Capabilities] = Strings(CapabilityPolicy.Advertised(party)),
            [ResourceFields.Participants] = new JsonArray(new JsonObject
            {
                [ResourceFields.Digits] = number,
                [ResourceFields.E164Number] = number,
                [ResourceFields.FormattedPhoneNumber] = number,
                [ResourceFields.PhoneNumber] = number,
            }),
            [ResourceFields.UserData] = session.UserData.DeepClone(),
            [ResourceFields.Uri] = UriOf(path),
            [ResourceFields.Path] = path,
        };
    }

    /// <summary>ISO 8601 with milliseconds and a numeric offset, e.g. 2014-01-02T14:23:18.109-0800 (docs/inferences.md#timestamps).</summary>
    public static string Timestamp(DateTimeOffset at)
    {
        var offset = at.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture)
            + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture)
            + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    private string Stamp(DateTimeOffset at) =>
        deviations.IsOn(Deviation.TimestampIsoUtc)
            ? at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : Timestamp(at);

    private string UriOf(string path) => links.UriOf(deviations.IsOn(Deviation.UriWithMe) ? "/me" + path : path);

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)v)];

    private static void AddIfPresent(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
