using System.Text.Json.Serialization;

namespace Conformance.MockServer.Directory;

public sealed class DirectoryDevice
{
    public required string Id { get; init; }
    public required string PhoneNumber { get; init; }

    /// <summary>A device on a SIP multimedia DN can carry IM sessions ("IM Session API: InitiateIMSession").</summary>
    [JsonPropertyName("im")]
    public bool ImCapable { get; init; }
}
