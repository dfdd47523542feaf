using System.Text.Json.Nodes;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// An agent-to-agent IM session over SIP multimedia DNs ("IM Session Resource"). Each side has its own state;
/// when the destination is another agent's IM device, that agent is a second party.
/// </summary>
internal sealed class ImSession
{
    public required string Id { get; init; }
    public JsonObject UserData { get; init; } = [];
    public List<ImParty> Parties { get; } = [];

    public ImParty? PartyOf(string userId) =>
        Parties.FirstOrDefault(p => string.Equals(p.UserId, userId, StringComparison.Ordinal));
}
