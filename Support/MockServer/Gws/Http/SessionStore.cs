using System.Collections.Concurrent;

namespace Conformance.MockServer.Gws.Http;

/// <summary>An HTTP session, found by its JSESSIONID cookie (gws-api.md 1.1); the CSRF token lives with it.</summary>
internal sealed record HttpSession(string Id, string UserId, string CsrfToken);

/// <summary>The HTTP sessions of one server.</summary>
internal sealed class SessionStore
{
    private readonly ConcurrentDictionary<string, HttpSession> _sessions = new(StringComparer.Ordinal);

    public HttpSession? Find(string? id) => id is null ? null : _sessions.GetValueOrDefault(id);

    public HttpSession Create(string userId)
    {
        var session = new HttpSession(Guid.NewGuid().ToString("N").ToUpperInvariant(), userId, Guid.NewGuid().ToString());
        _sessions[session.Id] = session;
        return session;
    }

    public void Clear() => _sessions.Clear();
}
