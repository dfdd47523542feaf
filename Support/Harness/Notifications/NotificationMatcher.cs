using Conformance.GwsProtocol;

namespace Conformance.Harness.Notifications;

/// <summary>Compares captured notifications with expected rows; every mismatch is spelt out.</summary>
public static class NotificationMatcher
{
    /// <summary>The ways <paramref name="actual"/> differs from <paramref name="expected"/>; empty when it matches.</summary>
    public static IReadOnlyList<string> Differences(ExpectedNotification expected, GwsNotification actual, MediaKind media, long? requestReferenceId)
    {
        var differences = new List<string>();
        void Check(string what, string? want, string? got)
        {
            if (!string.Equals(want, got, StringComparison.Ordinal))
            {
                differences.Add($"{what}: expected \"{want}\", actual \"{got ?? "(absent)"}\"");
            }
        }

        Check("channel", expected.Channel, actual.Channel);
        Check("messageType", expected.MessageType, actual.MessageType);
        Check("notificationType", expected.NotificationType, actual.NotificationType);
        if (expected.State is not null)
        {
            Check("state", expected.State, actual.State(media));
        }

        switch (expected.Reference)
        {
            case ReferenceExpectation.None when actual.HasReferenceId:
                differences.Add($"referenceId: expected none, actual {actual.Data[NotificationFields.ReferenceId]?.ToJsonString()}");
                break;
            case ReferenceExpectation.Request when actual.ReferenceId is null:
                differences.Add($"referenceId: expected {requestReferenceId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an integer"} (the request's), actual {(actual.HasReferenceId ? actual.Data[NotificationFields.ReferenceId]!.ToJsonString() : "(absent)")}");
                break;
            case ReferenceExpectation.Request when requestReferenceId is not null && actual.ReferenceId != requestReferenceId:
                differences.Add($"referenceId: expected {requestReferenceId} (the request's), actual {actual.ReferenceId}");
                break;
            default:
                break;
        }

        return differences;
    }

    /// <summary>Expected / Actual text for a sequence that did not match, listing everything that arrived.</summary>
    public static string SequenceFailure(
        string who,
        InteractionRef interaction,
        IReadOnlyList<ExpectedNotification> expected,
        IReadOnlyList<GwsNotification> arrived,
        int failingRow,
        IReadOnlyList<string> differences)
    {
        var lines = new List<string>
        {
            $"Expected {who} to receive, in order, for {interaction.Describe()}:",
        };
        lines.AddRange(expected.Select((e, i) => $"  {i + 1}. {e}"));
        lines.Add(failingRow < expected.Count
            ? $"Row {failingRow + 1} does not match: " + (differences.Count == 0 ? "nothing arrived for it in time" : string.Join("; ", differences))
            : "");
        lines.Add($"Actual: {arrived.Count} notification(s) arrived since the request:");
        lines.AddRange(arrived.Select((n, i) => $"  {i + 1}. {n.Describe(interaction.Media)}"));
        return string.Join("\n", lines.Where(l => l.Length > 0));
    }
}
