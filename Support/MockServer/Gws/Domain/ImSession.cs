using System.Text.Json.Nodes;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// An agent-to-agent IM session over SIP multimedia DNs ("IM Session Resource"). Each side has its own state;
/// when the destination is another agent's IM device, that agent is a second party.
/// </summary>
internal sealed class ImSession : IRetainable
{
    public required string Id { get; init; }
    public JsonObject UserData { get; init; } = [];
    public List<ImParty> Parties { get; } = [];

    /// <summary>Every side has completed it.</summary>
    public bool IsEnded => Parties.TrueForAll(p => p.State == GwsProtocol.ImSessionStates.Completed);

    /// <summary>When it ended, while <see cref="GwsState.Retention"/> keeps it; null while it is open.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public ImParty? PartyOf(string userId) =>
        Parties.FirstOrDefault(p => string.Equals(p.UserId, userId, StringComparison.Ordinal));
}
