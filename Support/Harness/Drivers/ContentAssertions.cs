using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Notifications;
using NUnit.Framework;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Checks the content of the notifications the previous step matched (<see cref="MatchedNotifications"/>):
/// capabilities, participants, userData, message-log entries, the Error's unchanged resource.
/// </summary>
public sealed class ContentAssertions(MatchedNotifications matched, ScenarioInteractions interactions, NotificationDriver notifications, LastRequest lastRequest)
{
    /// <summary>One row of "the message-log update holds the entries"; <c>From</c> reads "Agent Alice Smith" or "Customer Pat".</summary>
    public sealed record Entry(string Type, string Visibility, string From, string? Text);

    public void OffersCapabilities(string notificationType, IReadOnlyList<string> expected)
    {
        var (notification, actual) = Capabilities(notificationType);
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        Expect(missing.Count == 0, $"the {notificationType} notification to offer the capabilities {string.Join(", ", expected)}",
            $"capabilities [{string.Join(", ", actual)}]; missing {string.Join(", ", missing)}", notification);
    }

    /// <summary>The notification of that type and the capabilities its resource offers (none when it has no list).</summary>
    private (GwsNotification Notification, List<string> Capabilities) Capabilities(string notificationType)
    {
        var (notification, media) = Find(notificationType);
        return (notification, (notification.Resource(media)?[ResourceFields.Capabilities] as JsonArray)?.Select(c => c?.ToString() ?? "").ToList() ?? []);
    }

    /// <summary>Operations the state does not allow must not be offered (e.g. Accept once the chat is Chatting).</summary>
    public void DoesNotOfferCapabilities(string notificationType, IReadOnlyList<string> refused)
    {
        var (notification, actual) = Capabilities(notificationType);
        var offered = refused.Intersect(actual, StringComparer.Ordinal).ToList();
        Expect(offered.Count == 0, $"the {notificationType} notification not to offer {string.Join(", ", refused)}",
            $"capabilities [{string.Join(", ", actual)}]; offered {string.Join(", ", offered)}", notification);
    }

    public void ListsParticipants(string notificationType, IReadOnlyList<(string Type, string Nickname)> expected)
    {
        var (notification, media) = Find(notificationType);
        var actual = Participants(notification.Resource(media));
        Expect(Sorted(actual).SequenceEqual(Sorted(expected)),
            $"the {notificationType} notification to list the participants [{Describe(expected)}]",
            $"[{Describe(actual)}]", notification);
    }

    public void ListsPhoneNumber(string notificationType, string phoneNumber)
    {
        var (notification, media) = Find(notificationType);
        var participants = (notification.Resource(media)?[ResourceFields.Participants] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        Expect(participants.Any(p => new[] { ResourceFields.PhoneNumber, ResourceFields.Digits }.Any(f => p[f]?.ToString() == phoneNumber)),
            $"the {notificationType} notification to list a participant with phoneNumber {phoneNumber}",
            $"participants {new JsonArray([.. participants.Select(p => p.DeepClone())]).ToJsonString()}", notification);
    }

    public void CarriesUserData(string notificationType, IReadOnlyList<(string Key, string Value)> expected)
    {
        var (notification, media) = Find(notificationType);
        var userData = notification.Resource(media)?[ResourceFields.UserData] as JsonObject;
        var wrong = expected.Where(e => userData?[e.Key]?.ToString() != e.Value).ToList();
        Expect(wrong.Count == 0, $"userData with {string.Join(", ", expected.Select(e => $"{e.Key}={e.Value}"))}",
            $"userData {userData?.ToJsonString() ?? "(absent)"}", notification);
    }

    public void LacksUserDataKey(string notificationType, string key)
    {
        var (notification, media) = Find(notificationType);
        var userData = notification.Resource(media)?[ResourceFields.UserData] as JsonObject;
        Expect(userData is not null && !userData.ContainsKey(key), $"userData without the key {key}", $"userData {userData?.ToJsonString() ?? "(absent)"}", notification);
    }

    /// <summary>The entries of the matched MessageLogUpdated notifications, exactly and in order; else the next one to arrive.</summary>
    public async Task HoldsEntriesAsync(IReadOnlyList<Entry> expected)
    {
        var logs = matched.Last.Where(n => n.MessageType == MessageTypes.MessageLogUpdated).ToList();
        if (logs.Count == 0)
        {
            var role = lastRequest.Role ?? throw new InvalidOperationException("No request made yet");
            var media = MediaOfLastRequest();
            logs = [await notifications.ExpectOneAsync(role, interactions.Of(media), NotificationTypes.NewMessages, state: null)];
        }

        var entries = logs.SelectMany(l => (l.Data[NotificationFields.Messages] as JsonArray)?.OfType<JsonObject>() ?? []).ToList();
        var differences = new List<string>();
        if (entries.Count != expected.Count)
        {
            differences.Add($"{entries.Count} entries instead of {expected.Count}");
        }

        foreach (var (want, got) in expected.Zip(entries))
        {
            var from = got[MessageLogFields.From] as JsonObject;
            var actualFrom = $"{from?[ResourceFields.Type]} {from?[ResourceFields.Nickname]}";
            if (got[MessageLogFields.Type]?.ToString() != want.Type || got[MessageLogFields.Visibility]?.ToString() != want.Visibility
                || actualFrom != want.From || (want.Text is not null && EntryText(got) != want.Text))
            {
                differences.Add($"expected {want.Type}({want.Visibility}) from {want.From}{(want.Text is null ? "" : $" \"{want.Text}\"")}, "
                    + $"actual {got[MessageLogFields.Type]}({got[MessageLogFields.Visibility]}) from {actualFrom}"
                    + (got[MessageLogFields.Text] is { } text ? $" \"{text}\"" : ""));
            }
        }

        Expect(differences.Count == 0, "the message-log entries\n  " + string.Join("\n  ", expected.Select(e => $"{e.Type}({e.Visibility}) from {e.From}")),
            string.Join("; ", differences) + "\nentries: " + new JsonArray([.. entries.Select(e => e.DeepClone())]).ToJsonString(), logs[0]);
    }

    /// <summary>
    /// Indices only grow (they may skip, "Chat API: Message Types"): each entry's index is above the previous one, and
    /// above every index the agent received for the interaction in earlier updates.
    /// </summary>
    public void IndicesContinue()
    {
        var indices = matched.Last.Where(n => n.MessageType == MessageTypes.MessageLogUpdated)
            .SelectMany(n => (n.Data[NotificationFields.Messages] as JsonArray)?.OfType<JsonObject>() ?? [])
            .Select(e => e[MessageLogFields.Index] is JsonValue v && v.TryGetValue<long>(out var i) ? i : -1).ToList();
        Expect(indices.Count > 0 && indices.All(i => i >= 1) && indices[0] > matched.LogIndexBefore && indices.Zip(indices.Skip(1)).All(p => p.Second > p.First),
            $"message-log indices that are integers from 1, above the {matched.LogIndexBefore} this agent saw before, and increase",
            $"indices [{string.Join(", ", indices)}]", null);
    }

    /// <summary>The Error carries errorMessage and the resource as the agent last saw it: same state and participants ("Chat API: Invite", "SMS Session API: Invite"; docs/inferences.md#error-notification).</summary>
    public void ErrorLeavesUnchanged(string mediaWords)
    {
        var interaction = interactions.Of(mediaWords);
        var (error, media) = Find(NotificationTypes.Error);
        var errorMessage = error.Data[NotificationFields.ErrorMessage]?.ToString();
        Expect(!string.IsNullOrWhiteSpace(errorMessage), "the Error notification to carry an errorMessage", "none", error);
        var before = interaction.LastKnownResource.GetValueOrDefault(matched.Role ?? "")
            ?? throw new InvalidOperationException($"No earlier state of {interaction.Describe()} is known for {matched.Role}");
        var after = error.Resource(media);
        Expect(after is not null, $"the Error notification to include the {media.ResourceKey}", "none", error);
        var stateBefore = before[ResourceFields.State]?.ToString();
        Expect(after![ResourceFields.State]?.ToString() == stateBefore && Sorted(Participants(after)).SequenceEqual(Sorted(Participants(before))),
            $"the {media.ResourceKey} unchanged: state {stateBefore}, participants [{Describe(Participants(before))}]",
            $"state {after[ResourceFields.State]}, participants [{Describe(Participants(after))}]", error);
    }

    public void ImLogCarries(string text)
    {
        var log = matched.Last.LastOrDefault(n => n.MessageType == MessageTypes.ImLogUpdate)
            ?? throw new AssertionException("Expected an IMLogUpdateMessage among the notifications just matched\nActual: " + string.Join("; ", matched.Last.Select(n => n.Describe())));
        Expect(log.Data[NotificationFields.Message]?.ToString() == text, $"the message \"{text}\"", $"\"{log.Data[NotificationFields.Message]}\"", log);
    }

    /// <summary>What the "text" column of an entry compares: its text, or the url of a PushUrl, or the noticeText of a notice.</summary>
    public static string? EntryText(JsonObject entry) =>
        (entry[MessageLogFields.Text] ?? entry[MessageLogFields.Url] ?? entry[MessageLogFields.NoticeText])?.ToString();

    private (GwsNotification Notification, MediaKind Media) Find(string notificationType)
    {
        var found = matched.Last.LastOrDefault(n => n.NotificationType == notificationType)
            ?? throw new AssertionException($"Expected a {notificationType} notification among those just matched\nActual: "
                + (matched.Last.Count == 0 ? "none matched" : string.Join("; ", matched.Last.Select(n => n.Describe()))));
        var media = MediaKind.ChatLike.Append(MediaKind.ImSession).FirstOrDefault(m => found.Resource(m) is not null) ?? MediaOfLastRequest();
        return (found, media);
    }

    private MediaKind MediaOfLastRequest()
    {
        var path = lastRequest.Require().Path;
        return MediaKind.ChatLike.Append(MediaKind.ImSession).FirstOrDefault(m => path.StartsWith(m.MeCollectionPath, StringComparison.Ordinal)) ?? MediaKind.Chat;
    }

    private static List<(string Type, string Nickname)> Participants(JsonObject? resource) =>
        [.. (resource?[ResourceFields.Participants] as JsonArray)?.OfType<JsonObject>()
            .Select(p => (p[ResourceFields.Type]?.ToString() ?? "", p[ResourceFields.Nickname]?.ToString() ?? "")) ?? []];

    private static IEnumerable<(string Type, string Nickname)> Sorted(IEnumerable<(string Type, string Nickname)> list) =>
        list.OrderBy(p => p.Type, StringComparer.Ordinal).ThenBy(p => p.Nickname, StringComparer.Ordinal);

    private static string Describe(IEnumerable<(string Type, string Nickname)> list) => string.Join(", ", list.Select(p => $"{p.Type} {p.Nickname}"));

    private static void Expect(bool holds, string expected, string actual, GwsNotification? notification)
    {
        if (!holds)
        {
            throw new AssertionException($"Expected {expected}\nActual: {actual}" + (notification is null ? "" : $"\nin: {notification.Data.ToJsonString()}"));
        }
    }
}
