namespace Conformance.GwsProtocol;

/// <summary>Media channel names of StartContactCenterSession and /me/channels ("StartContactCenterSession", "Channels Resource").</summary>
public static class MediaChannels
{
    public const string Voice = "voice";
    public const string Chat = "chat";
    public const string Email = "email";
    public const string Workitem = "workitem";

    /// <summary>Not documented for StartContactCenterSession; the supervisor channel id (docs/inferences.md#media-channel-names).</summary>
    public const string SmsSession = "smssession";

    /// <summary>Spelt "IM" in the StartContactCenterSession page (docs/inferences.md#media-channel-names).</summary>
    public const string InstantMessaging = "im";
}
