namespace Conformance.MockServer.Gws.Domain;

/// <summary>How an agent came to be offered an interaction.</summary>
internal sealed record Invitation(string InviterUserId, int ReferenceId, string Operation);
