namespace Conformance.MockServer.Bayeux;

/// <summary>Who sent a batch and over what: fixed by the transport before any message is read.</summary>
internal sealed record BatchContext(string UserId, string? BrowserCookie, bool LongPolling);
