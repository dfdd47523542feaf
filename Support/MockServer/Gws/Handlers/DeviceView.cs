using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Notifications;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// A user's device as the Web Services API Reference shows devices: id, deviceState, the agent's
/// userState on it, phoneNumber and e164Number, telephonyNetwork, doNotDisturb, and capabilities that
/// are operation names (a device that can carry IM is not marked by a capability: no page names one).
/// The mock's devices are SIP multimedia DNs, so the userState is the agent's state on the IM channel;
/// before StartContactCenterSession logs that channel in, it reads NotReady. uri and path are kept
/// because InitiateIMSession's devicePath names a device by its path.
/// </summary>
internal static class DeviceView
{
    public static JsonObject Render(DirectoryDevice device, string? imChannelState, ApiLinks links)
    {
        var state = imChannelState ?? UserStates.NotReady;
        var path = ApiLinks.DevicePath(device.Id);
        return new JsonObject
        {
            [DeviceFields.Id] = device.Id,
            [DeviceFields.DeviceState] = DeviceFields.ActiveDeviceState,
            [DeviceFields.UserState] = AgentStateOperations.ChannelJson(MediaChannels.InstantMessaging, state)[DirectoryFields.UserState]!.DeepClone(),
            [DeviceFields.PhoneNumber] = device.PhoneNumber,
            [DeviceFields.E164Number] = device.PhoneNumber,
            [DeviceFields.TelephonyNetwork] = DeviceFields.PrivateNetwork,
            [DeviceFields.DoNotDisturb] = DeviceFields.Off,
            [DeviceFields.Capabilities] = ResourceJson.Strings(DeviceCapabilities.Idle),
            [DeviceFields.Uri] = links.UriOf(path),
            [DeviceFields.Path] = path,
        };
    }
}
