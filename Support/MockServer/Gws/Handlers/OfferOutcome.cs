namespace Conformance.MockServer.Gws.Handlers;

/// <summary>The answer to a control-API offer.</summary>
public sealed record OfferOutcome(string InteractionId, string? OfferedToUserId, string? WaitingInQueue);
