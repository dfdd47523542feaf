namespace Conformance.MockServer.Gws.Domain;

/// <summary>A participant as notifications show it ("Chat API: Message Types").</summary>
internal sealed record Participant(string Nickname, string Type, string ParticipantId, string Visibility, string? UserId);
