namespace Conformance.GwsProtocol;

/// <summary>
/// Fields of a device as the Web Services API Reference shows devices (Devices resource,
/// DeviceStateChangeMessage): the state of the DN and of the agent on it, and the operations it allows.
/// </summary>
public static class DeviceFields
{
    public const string Id = "id";
    public const string DeviceState = "deviceState";
    public const string UserState = "userState";
    public const string PhoneNumber = "phoneNumber";
    public const string E164Number = "e164Number";
    public const string TelephonyNetwork = "telephonyNetwork";
    public const string DoNotDisturb = "doNotDisturb";
    public const string Capabilities = "capabilities";
    public const string Uri = "uri";
    public const string Path = "path";

    /// <summary>A DN the switch reports in service.</summary>
    public const string ActiveDeviceState = "Active";

    /// <summary>An internal extension, as the agent devices of the samples are.</summary>
    public const string PrivateNetwork = "Private";

    public const string Off = "Off";
}

/// <summary>
/// Device capabilities are operation names, like every other capabilities list; with do-not-disturb
/// and forwarding off, a device offers to switch them on.
/// </summary>
public static class DeviceCapabilities
{
    public const string DoNotDisturbOn = "DoNotDisturbOn";
    public const string ForwardCallsOn = "ForwardCallsOn";

    public static readonly IReadOnlyList<string> Idle = [ForwardCallsOn, DoNotDisturbOn];
}

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
