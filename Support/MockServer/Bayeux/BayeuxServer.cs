using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Microsoft.Extensions.Options;

namespace Conformance.MockServer.Bayeux;

/// <summary>
/// The mock's Bayeux server (Bayeux spec: "Meta Message Field Definitions"): the sessions, and delivery of notifications
/// to them. Transports (long-polling and WebSocket) feed it
/// message batches through <see cref="BayeuxBatchProcessor"/>.
/// </summary>
public sealed class BayeuxServer : INotificationPublisher
{
    private readonly ConcurrentDictionary<string, BayeuxSession> _sessions = new(StringComparer.Ordinal);
    private readonly SessionIndex _byUser = new();
    private readonly SessionIndex _byBrowser = new();
    // Publish order must be the same on every session (INotificationPublisher: "in the order of the calls").
    private readonly Lock _publishGate = new();
    private readonly TimeProvider _time;
    private readonly ILogger<BayeuxServer> _logger;
    private long _nextEventId;
    private int _liveSessions;
    private long _longPollingBatches;
    private long _webSocketBatches;

    public BayeuxServer(IOptions<BayeuxServerOptions> options, ILogger<BayeuxServer> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    public BayeuxServerOptions Options { get; }

    /// <summary>Live sessions (handshaken, not disconnected, not expired).</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>Batches received over long-polling POSTs (diagnostics: which transport a client really used).</summary>
    public long LongPollingBatches => Interlocked.Read(ref _longPollingBatches);

    /// <summary>Batches received over WebSocket frames.</summary>
    public long WebSocketBatches => Interlocked.Read(ref _webSocketBatches);

    /// <summary>Whether the session <paramref name="clientId"/> exists and holds a <c>/meta/connect</c> (tests wait on it).</summary>
    public bool IsHoldingConnect(string clientId) => FindSession(clientId)?.HoldsConnect == true;

    /// <summary>
    /// Delivers to the sessions of <paramref name="userId"/> subscribed to a pattern matching
    /// <paramref name="channel"/>, once per session. Synchronous: when it returns the event is queued
    /// on each session and held connects are released, so the mock's "everything handed to the Bayeux
    /// layer" barrier needs nothing from this side.
    /// </summary>
    public void Publish(string userId, string channel, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(userId);
        Deliver(channel, data, userId);
    }

    /// <summary>Delivers to every subscribed session whatever its user (tests and benchmarks).</summary>
    public void PublishToAll(string channel, JsonNode? data) => Deliver(channel, data, userId: null);

    /// <summary>Removes sessions with no connect for interval + maxInterval (docs/cometd-behaviour.md#session-expiry). Returns how many.</summary>
    public int Sweep()
    {
        var now = NowMs;
        var swept = 0;
        foreach (var session in _sessions.Values)
        {
            if (session.TryExpire(now) && Forget(session))
            {
                swept++;
            }
        }
        return swept;
    }

    /// <summary>
    /// Drops the sessions of <paramref name="userId"/> (all sessions when null), as a server restart or a
    /// lost session would: held connects get <c>402::session_unknown</c> with handshake advice, and
    /// clients must handshake and subscribe again (docs/cometd-behaviour.md#client-backoff). Returns how many.
    /// </summary>
    public int DropSessions(string? userId = null)
    {
        var dropped = 0;
        foreach (var session in _sessions.Values)
        {
            if ((userId is null || string.Equals(session.UserId, userId, StringComparison.Ordinal))
                && RemoveSession(session, ConnectRelease.Removed))
            {
                dropped++;
            }
        }
        return dropped;
    }

    /// <summary>Ends every session and releases its held connect (host shutdown).</summary>
    public void Shutdown()
    {
        foreach (var session in _sessions.Values)
        {
            RemoveSession(session, ConnectRelease.Removed);
        }
    }

    internal TimeProvider Time => _time;

    internal void CountBatch(bool longPolling) =>
        Interlocked.Increment(ref longPolling ? ref _longPollingBatches : ref _webSocketBatches);

    internal long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A new session, or null when <see cref="BayeuxServerOptions.MaxSessions"/> are live.</summary>
    internal BayeuxSession? CreateSession(string userId, string? browserId, bool ack)
    {
        if (!ReserveSlot())
        {
            return null;
        }
        var session = new BayeuxSession(NewToken(16), userId, browserId, ack, NowMs + Options.Interval + Options.MaxInterval);
        _sessions[session.Id] = session;
        _byUser.Add(userId, session);
        if (browserId is not null)
        {
            _byBrowser.Add(browserId, session);
        }
        return session;
    }

    // ConcurrentDictionary.Count takes every lock; the bound is checked against this counter instead.
    private bool ReserveSlot()
    {
        while (true)
        {
            var live = Volatile.Read(ref _liveSessions);
            if (Options.MaxSessions >= 0 && live >= Options.MaxSessions)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _liveSessions, live + 1, live) == live)
            {
                return true;
            }
        }
    }

    private bool Forget(BayeuxSession session)
    {
        if (!_sessions.TryRemove(new KeyValuePair<string, BayeuxSession>(session.Id, session)))
        {
            return false;
        }
        _byUser.Remove(session.UserId, session);
        if (session.BrowserId is not null)
        {
            _byBrowser.Remove(session.BrowserId, session);
        }
        Interlocked.Decrement(ref _liveSessions);
        return true;
    }

    internal BayeuxSession? FindSession(string? clientId) =>
        clientId is not null && _sessions.TryGetValue(clientId, out var s) && !s.IsRemoved ? s : null;

    internal bool RemoveSession(BayeuxSession session, ConnectRelease why)
    {
        session.Remove(why);
        return Forget(session);
    }

    /// <summary>Long polls held by sessions of <paramref name="browserId"/> other than <paramref name="except"/> (docs/cometd-behaviour.md#browser-cookie).</summary>
    internal int HeldLongPolls(string browserId, BayeuxSession except) =>
        _byBrowser.Snapshot(browserId).Count(s => s != except && s.HoldsLongPoll);

    /// <summary>A client publish, when allowed: to the subscribers of the same user.</summary>
    internal void PublishFromClient(BayeuxSession from, string channel, JsonNode? data) =>
        Deliver(channel, data, from.UserId);

    /// <summary>Random hex token: clientIds (128 bits) and BAYEUX_BROWSER values (160 bits), like CometD's (docs/cometd-behaviour.md#browser-cookie).</summary>
    internal static string NewToken(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>To the sessions of <paramref name="userId"/>, or of every user when null.</summary>
    private void Deliver(string channel, JsonNode? data, string? userId)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (!ChannelPattern.IsValidName(channel) || ChannelPattern.IsMeta(channel))
        {
            throw new ArgumentException($"'{channel}' is not a broadcast channel name (Bayeux spec: \"Channels\")", nameof(channel));
        }
        lock (_publishGate)
        {
            var json = BayeuxJson.Event(channel, data, ++_nextEventId);
            foreach (var session in userId is null ? _sessions.Values : (IEnumerable<BayeuxSession>)_byUser.Snapshot(userId))
            {
                if (!session.IsRemoved && session.IsSubscribed(channel) && !session.Enqueue(json, Options.MaxQueue))
                {
                    _logger.LogWarning("Bayeux session {ClientId} exceeded MaxQueue {Max}; removed", session.Id, Options.MaxQueue);
                    RemoveSession(session, ConnectRelease.Removed);
                }
            }
        }
    }
}
