using Conformance.Bayeux.Protocol;

namespace Conformance.MockServer.Bayeux;

/// <summary>
/// One Bayeux session: its subscriptions, its queue of events, its held connect, its expiry and
/// its ack state. Every member takes the session's lock; nothing here blocks or awaits.
/// </summary>
internal sealed class BayeuxSession(string id, string userId, string? browserId, bool ack, long expireAt)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _subscriptions = new(StringComparer.Ordinal);
    private readonly List<string> _queue = [];
    // Ack extension (docs/cometd-behaviour.md#ack-extension): events handed out in a connect reply, kept until acked.
    private readonly List<string> _unacked = [];
    private long _unackedBatch;
    private long _batch;
    private HeldConnect? _held;
    private long _expireAtMs = expireAt;
    private bool _connected;
    private bool _removed;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>BAYEUX_BROWSER value of the handshake, or null when it came without one (WebSocket).</summary>
    public string? BrowserId { get; } = browserId;

    /// <summary>The ack extension is on: events go out only in connect replies (docs/cometd-behaviour.md#ack-extension).</summary>
    public bool Ack { get; } = ack;

    public bool IsRemoved
    {
        get { lock (_gate) { return _removed; } }
    }

    public bool HoldsConnect
    {
        get { lock (_gate) { return _held is not null; } }
    }

    public bool HoldsLongPoll
    {
        get { lock (_gate) { return _held is { LongPolling: true }; } }
    }

    /// <summary>
    /// Records patterns; all or nothing is the caller's concern (it validates first). False, and nothing
    /// recorded, when the session would then hold more than <paramref name="max"/> patterns (negative: no limit).
    /// </summary>
    public bool Subscribe(IEnumerable<string> patterns, int max)
    {
        lock (_gate)
        {
            var added = patterns.Where(p => !_subscriptions.Contains(p)).Distinct(StringComparer.Ordinal).ToList();
            if (max >= 0 && _subscriptions.Count + added.Count > max)
            {
                return false;
            }
            _subscriptions.UnionWith(added);
            return true;
        }
    }

    public void Unsubscribe(IEnumerable<string> patterns)
    {
        lock (_gate)
        {
            _subscriptions.ExceptWith(patterns);
        }
    }

    /// <summary>Whether any subscription matches <paramref name="channel"/> (counted once per session, docs/cometd-behaviour.md#overlapping-subscriptions).</summary>
    public bool IsSubscribed(string channel)
    {
        lock (_gate)
        {
            return _subscriptions.Any(p => ChannelPattern.Matches(p, channel));
        }
    }

    /// <summary>Queues an event and releases the held connect. False when the queue bound is exceeded.</summary>
    public bool Enqueue(string eventJson, int maxQueue)
    {
        lock (_gate)
        {
            if (_removed)
            {
                return true;
            }
            if (_queue.Count + _unacked.Count >= maxQueue)
            {
                return false;
            }
            _queue.Add(eventJson);
            ReleaseHeld(ConnectRelease.Events);
            return true;
        }
    }

    /// <summary>
    /// A connect arrived: supersede an older held one, cancel expiry, apply the client's ack.
    /// Returns whether this was the session's first connect (never held, docs/cometd-behaviour.md#server-hold-rules).
    /// </summary>
    public bool BeginConnect(long? ackValue)
    {
        lock (_gate)
        {
            ReleaseHeld(ConnectRelease.Superseded);
            _expireAtMs = long.MaxValue;
            if (Ack && ackValue is { } acked && acked >= _unackedBatch)
            {
                _unacked.Clear();
            }
            var first = !_connected;
            _connected = true;
            return first;
        }
    }

    /// <summary>
    /// Holds the connect unless something is deliverable or the session is gone; null if not held.
    /// Two connects of one client can both pass <see cref="BeginConnect"/> before either is held; the
    /// one held last supersedes the other here, so no held connect is ever orphaned until its timeout.
    /// </summary>
    public HeldConnect? TryHold(bool longPolling)
    {
        lock (_gate)
        {
            if (_removed || _queue.Count > 0 || _unacked.Count > 0)
            {
                return null;
            }
            ReleaseHeld(ConnectRelease.Superseded);
            _held = new HeldConnect(longPolling);
            return _held;
        }
    }

    /// <summary>The held connect ended on its own (timeout, client gone): forget it if still current.</summary>
    public void Unhold(HeldConnect connect, long nowMs, int maxIntervalMs)
    {
        lock (_gate)
        {
            if (_held == connect)
            {
                _held = null;
                _expireAtMs = nowMs + maxIntervalMs;
            }
        }
    }

    /// <summary>
    /// Takes the events of a connect reply and sets the expiry (docs/cometd-behaviour.md#session-expiry). With ack, every
    /// unacked event is (re)sent under a new batch id, which is returned (docs/cometd-behaviour.md#ack-extension).
    /// </summary>
    public (IReadOnlyList<string> Events, long? Batch) TakeForConnectReply(long expireAt)
    {
        lock (_gate)
        {
            if (!_removed)
            {
                _expireAtMs = expireAt;
            }
            if (!Ack)
            {
                return (TakeQueue(), null);
            }
            _unacked.AddRange(_queue);
            _queue.Clear();
            _batch++;
            _unackedBatch = _batch;
            return ([.. _unacked], _batch);
        }
    }

    /// <summary>Events piggy-backed on any other reply; none in ack mode (metaConnectDeliverOnly, docs/cometd-behaviour.md#flush-into-any-response).</summary>
    public IReadOnlyList<string> TakeForOtherReply()
    {
        lock (_gate)
        {
            return Ack ? [] : TakeQueue();
        }
    }

    /// <summary>Any non-connect message pushes the expiry out by maxInterval unless a connect is held.</summary>
    public void Touch(long nowMs, int maxIntervalMs)
    {
        lock (_gate)
        {
            if (_held is null && _expireAtMs != long.MaxValue)
            {
                _expireAtMs = Math.Max(_expireAtMs, nowMs + maxIntervalMs);
            }
        }
    }

    /// <summary>Removes the session if it is expired, atomically with respect to a connect arriving.</summary>
    public bool TryExpire(long nowMs)
    {
        lock (_gate)
        {
            if (_removed || _held is not null || nowMs <= _expireAtMs)
            {
                return false;
            }
            Remove(ConnectRelease.Removed);
            return true;
        }
    }

    /// <summary>Marks the session gone and releases its held connect with <paramref name="why"/>.</summary>
    public void Remove(ConnectRelease why)
    {
        lock (_gate)
        {
            _removed = true;
            _subscriptions.Clear();
            _queue.Clear();
            _unacked.Clear();
            ReleaseHeld(why);
        }
    }

    private List<string> TakeQueue()
    {
        var taken = new List<string>(_queue);
        _queue.Clear();
        return taken;
    }

    private void ReleaseHeld(ConnectRelease why)
    {
        _held?.Release(why);
        _held = null;
    }
}
