namespace Conformance.MockServer.Gws.Http;

/// <summary>An HTTP session, found by its JSESSIONID cookie ("CSRF Protection"); the CSRF token lives with it.</summary>
internal sealed class HttpSession(string id, string userId, string csrfToken, long nowMs)
{
    private long _lastUsedMs = nowMs;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public string CsrfToken { get; } = csrfToken;

    /// <summary>When a request last used the session (Unix ms); idle expiry counts from here.</summary>
    public long LastUsedMs => Volatile.Read(ref _lastUsedMs);

    public void Touch(long nowMs) => Volatile.Write(ref _lastUsedMs, nowMs);
}
