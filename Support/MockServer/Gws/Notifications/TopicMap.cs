using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Notifications;

/// <summary>The CometD topic of each medium; the documented names unless the options or directory override them.</summary>
public sealed class TopicMap(IReadOnlyDictionary<string, string> overrides)
{
    public string For(MediaKind media) => overrides.GetValueOrDefault(media.Name) ?? media.Topic;

    public string Channels => Topics.Channels;
}
