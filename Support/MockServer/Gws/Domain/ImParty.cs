namespace Conformance.MockServer.Gws.Domain;

/// <summary>One side of an IM session: the agent, its device and the number it talks to.</summary>
internal sealed class ImParty
{
    public required string UserId { get; init; }
    public required string DeviceId { get; init; }
    public required string RemotePhoneNumber { get; init; }
    public required string State { get; set; }
}
