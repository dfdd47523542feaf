namespace Conformance.GwsProtocol;

/// <summary>
/// The per-channel results of a StartContactCenterSession that succeeded only for some channels
/// (statusCode 7, partial success): one entry per requested channel with its own statusCode.
/// </summary>
public static class ChannelResultFields
{
    public const string Channels = "channels";
    public const string Channel = "channel";
    public const string StatusCode = "statusCode";
    public const string StatusMessage = "statusMessage";

    /// <summary>The statusMessage of a partial success.</summary>
    public const string PartialSuccessMessage = "Partial success";
}
