using Conformance.GwsProtocol;

namespace MockServer.Tests.Gws;

/// <summary>Chat and SMS share one state machine; their fixtures run once per medium.</summary>
internal static class MediaCases
{
    public static readonly object[] ChatLike = [new object[] { "chat" }, new object[] { "smssession" }];

    public static MediaKind Parse(string name) => MediaKind.ChatLike.Single(m => m.Name == name);
}
