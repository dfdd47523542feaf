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
