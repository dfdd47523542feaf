namespace Conformance.GwsProtocol;

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
