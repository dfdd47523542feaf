using System.Collections.Concurrent;
using Conformance.MockServer.Hosting;
using Microsoft.Extensions.Options;

namespace Conformance.MockServer.Gws.Http;

/// <summary>
/// The HTTP sessions of one server, bounded in time and number so that a client sending credentials
/// without the cookie (a new session per request, as GWS does) cannot grow memory without limit:
/// a session unused for <see cref="MockServerOptions.HttpSessionIdleTimeout"/> is gone (its cookie no
/// longer authenticates), and when <see cref="MockServerOptions.MaxHttpSessions"/> exist, creating one
/// first drops the least recently used tenth.
/// </summary>
internal sealed class SessionStore(IOptions<MockServerOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HttpSession> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _evictionGate = new();
    private long _evicted;

    private long IdleMs => (long)options.Value.HttpSessionIdleTimeout.TotalMilliseconds;

    private int Max => Math.Max(1, options.Value.MaxHttpSessions);

    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Live sessions.</summary>
    public int Count => _sessions.Count;

    /// <summary>Sessions dropped because the bound was reached (not counting idle expiry).</summary>
    public long Evicted => Interlocked.Read(ref _evicted);

    public HttpSession? Find(string? id)
    {
        if (id is null || !_sessions.TryGetValue(id, out var session))
        {
            return null;
        }

        var now = NowMs;
        if (IsIdle(session, now))
        {
            _sessions.TryRemove(new KeyValuePair<string, HttpSession>(session.Id, session));
            return null;
        }

        session.Touch(now);
        return session;
    }

    public HttpSession Create(string userId)
    {
        var now = NowMs;
        if (_sessions.Count >= Max)
        {
            MakeRoom(now);
        }

        var session = new HttpSession(Guid.NewGuid().ToString("N").ToUpperInvariant(), userId, Guid.NewGuid().ToString(), now);
        _sessions[session.Id] = session;
        return session;
    }

    /// <summary>Removes the sessions idle for longer than the timeout; returns how many.</summary>
    public int Sweep()
    {
        var now = NowMs;
        var swept = 0;
        foreach (var session in _sessions.Values)
        {
            if (IsIdle(session, now) && _sessions.TryRemove(new KeyValuePair<string, HttpSession>(session.Id, session)))
            {
                swept++;
            }
        }

        return swept;
    }

    public void Clear() => _sessions.Clear();

    private bool IsIdle(HttpSession session, long now) => now - session.LastUsedMs > IdleMs;

    /// <summary>
    /// At the bound: expired sessions go first, then the least recently used tenth, so the sort is
    /// paid once per tenth of the bound rather than on every request.
    /// </summary>
    private void MakeRoom(long now)
    {
        lock (_evictionGate)
        {
            if (_sessions.Count < Max)
            {
                return;
            }

            Sweep();
            if (_sessions.Count < Max)
            {
                return;
            }

            var excess = _sessions.Count - Max + Math.Max(1, Max / 10);
            foreach (var session in _sessions.Values.OrderBy(s => s.LastUsedMs).Take(excess).ToList())
            {
                if (_sessions.TryRemove(new KeyValuePair<string, HttpSession>(session.Id, session)))
                {
                    Interlocked.Increment(ref _evicted);
                }
            }
        }
    }
}
