using Conformance.GwsProtocol;
using Conformance.Harness.Configuration;
using Conformance.Harness.Contexts;
using Conformance.Harness.Outcomes;

namespace Conformance.Harness.Drivers;

/// <summary>
/// The words a feature writes for the queueName of a queue that no agent serves; the profile names the
/// real queue (ChatIdleQueue / SmsIdleQueue), so the features run against any target.
/// </summary>
public static class IdleQueue
{
    public const string Placeholder = "a queue no agent serves";

    /// <summary>The profile's idle queue when <paramref name="value"/> is the placeholder, else the value itself.</summary>
    public static string Resolve(string value, TargetOptions options, MediaKind media) =>
        value != Placeholder
            ? value
            : (media == MediaKind.Chat ? options.ChatIdleQueue : options.SmsIdleQueue)
                ?? throw new NotApplicableException($"The target profile names no idle queue for {ScenarioInteractions.Words(media)} (ChatIdleQueue / SmsIdleQueue).");
}
