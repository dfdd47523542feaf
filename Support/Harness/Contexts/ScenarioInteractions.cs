using Conformance.GwsProtocol;
using Conformance.Harness.Notifications;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contexts;

/// <summary>"the chat", "the SMS session", "the IM session" of a scenario, one per medium.</summary>
public sealed class ScenarioInteractions(TargetRuntime target)
{
    private readonly Dictionary<MediaKind, InteractionRef> _byMedia = [];

    /// <summary>The words the steps use for each medium.</summary>
    public static MediaKind Parse(string words) => words switch
    {
        "chat" => MediaKind.Chat,
        "SMS session" => MediaKind.SmsSession,
        "IM session" => MediaKind.ImSession,
        _ => throw new ArgumentException($"\"{words}\" is not one of chat, SMS session, IM session", nameof(words)),
    };

    public static string Words(MediaKind media) =>
        media == MediaKind.Chat ? "chat" : media == MediaKind.SmsSession ? "SMS session" : "IM session";

    public InteractionRef Of(MediaKind media)
    {
        if (!_byMedia.TryGetValue(media, out var interaction))
        {
            interaction = new InteractionRef(media, TopicOf(media));
            _byMedia[media] = interaction;
        }

        return interaction;
    }

    public InteractionRef Of(string words) => Of(Parse(words));

    public string TopicOf(MediaKind media) =>
        media == MediaKind.Chat ? target.Options.ChatTopic
        : media == MediaKind.SmsSession ? target.Options.SmsTopic
        : target.Options.ImTopic;
}
