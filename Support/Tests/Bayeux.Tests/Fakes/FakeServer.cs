using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;

namespace Bayeux.Tests.Fakes;

/// <summary>
/// A small in-process Bayeux server that behaves like CometD (docs/cometd-behaviour.md#server-hold-rules: held connects, queues, 402 for
/// unknown sessions, the ack extension), with a middleware seam so each test can bend one exchange.
/// </summary>
public sealed class FakeServer
{
    private readonly object _gate = new();
    private readonly Dictionary<string, FakeSession> _sessions = [];
    private readonly List<(DateTimeOffset At, IReadOnlyList<JsonObject> Batch)> _requests = [];
    private int _nextSession;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>advice.timeout in ms: how long a connect is held.</summary>
    public int TimeoutMs { get; set; } = 1000;

    public int IntervalMs { get; set; }

    public int? MaxIntervalMs { get; set; }

    public bool AckSupported { get; set; }

    /// <summary>CometD puts events before the replies, Faye after (docs/cometd-behaviour.md#events-and-replies-order).</summary>
    public bool EventsAfterReplies { get; set; }

    /// <summary>Flush queued events into any response, as CometD does without ack (docs/cometd-behaviour.md#flush-into-any-response).</summary>
    public bool Piggyback { get; set; } = true;

    /// <summary>One copy per matching subscription, as cometd-nodejs-server does (docs/cometd-behaviour.md#overlapping-subscriptions).</summary>
    public bool CopyPerSubscription { get; set; }

    public string[] ConnectionTypes { get; set; } = [Conformance.Bayeux.Protocol.ConnectionTypes.LongPolling];

    /// <summary>Handshake denial: when set, handshakes fail with this error and advice reconnect:none.</summary>
    public string? DenyHandshake { get; set; }

    /// <summary>Sees every batch first: return <c>next()</c> (maybe changed) or something else.</summary>
    public Func<IReadOnlyList<JsonObject>, Func<Task<FakeResponse>>, Task<FakeResponse>>? Middleware { get; set; }

    public IReadOnlyList<(DateTimeOffset At, IReadOnlyList<JsonObject> Batch)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<JsonObject> RequestsOn(string channel) =>
        [.. Requests.SelectMany(r => r.Batch).Where(m => JsonRead.String(m, Fields.Channel) == channel)];

    public IReadOnlyList<string> SessionIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions.Keys];
            }
        }
    }

    /// <summary>Waits until the server has received at least <paramref name="count"/> messages on <paramref name="channel"/>.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForMessagesAsync(string channel, int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                signal = _arrived.Task;
            }
            var found = RequestsOn(channel);
            if (found.Count >= count)
            {
                return found;
            }
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} messages on {channel} at the fake server within {timeout}; got {found.Count}: "
                    + string.Join(" | ", found.Select(m => m.ToJsonString())));
            }
            try
            {
                await signal.WaitAsync(left);
            }
            catch (TimeoutException)
            {
                // checked at the top
            }
        }
    }

    public async Task<FakeResponse> HandleAsync(IReadOnlyList<JsonObject> batch, CancellationToken cancellationToken)
    {
        var copy = batch.Select(m => (JsonObject)m.DeepClone()).ToList();
        TaskCompletionSource signal;
        lock (_gate)
        {
            _requests.Add((DateTimeOffset.UtcNow, copy));
            signal = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
        return Middleware is null
            ? await DefaultAsync(copy, cancellationToken)
            : await Middleware(copy, () => DefaultAsync(copy, cancellationToken));
    }

    /// <summary>Publishes to every session subscribed to a matching pattern; returns how many sessions got it.</summary>
    public int Publish(string channel, JsonNode? data)
    {
        var count = 0;
        lock (_gate)
        {
            foreach (var session in _sessions.Values)
            {
                var copies = session.Subscriptions.Count(p => ChannelPattern.Matches(p, channel));
                if (copies == 0)
                {
                    continue;
                }
                count++;
                for (var i = 0; i < (CopyPerSubscription ? copies : 1); i++)
                {
                    session.Queue.Add(Event(channel, data));
                }
                session.Wake();
            }
        }
        return count;
    }

    /// <summary>Publishes several events atomically, so one response carries them all.</summary>
    public void PublishMany(string channel, params JsonNode?[] data)
    {
        lock (_gate)
        {
            foreach (var item in data)
            {
                Publish(channel, item);
            }
        }
    }

    public static JsonObject Event(string channel, JsonNode? data) => new() { [Fields.Channel] = channel, [Fields.Data] = data?.DeepClone() };

    /// <summary>Forgets a session, as a sweep or a restart does: its next request gets 402.</summary>
    public void Expire(string clientId)
    {
        lock (_gate)
        {
            if (_sessions.Remove(clientId, out var session))
            {
                session.Wake();
            }
        }
    }

    public void ExpireAll()
    {
        foreach (var id in SessionIds)
        {
            Expire(id);
        }
    }

    /// <summary>Answers exactly as the server would, without the middleware.</summary>
    public async Task<FakeResponse> DefaultAsync(IReadOnlyList<JsonObject> batch, CancellationToken cancellationToken)
    {
        var replies = new List<JsonObject>();
        FakeSession? flushFor = null;
        JsonObject? connect = null;
        lock (_gate)
        {
            foreach (var message in batch)
            {
                var channel = JsonRead.String(message, Fields.Channel);
                var reply = new JsonObject { [Fields.Id] = JsonRead.String(message, Fields.Id), [Fields.Channel] = channel };
                if (channel == MetaChannels.Handshake)
                {
                    Handshake(message, reply);
                    replies.Add(reply);
                    continue;
                }
                var clientId = JsonRead.String(message, Fields.ClientId);
                if (clientId is null || !_sessions.TryGetValue(clientId, out var session))
                {
                    reply[Fields.Successful] = false;
                    reply[Fields.Error] = "402::session_unknown";
                    reply[Fields.Advice] = new JsonObject { [Advice.Reconnect] = Advice.ReconnectHandshake, [Advice.Interval] = 0 };
                    replies.Add(reply);
                    continue;
                }
                flushFor = session;
                switch (channel)
                {
                    case MetaChannels.Connect:
                        connect = message;
                        replies.Add(reply);
                        break;
                    case MetaChannels.Subscribe:
                    case MetaChannels.Unsubscribe:
                        var subscription = JsonRead.String(message, Fields.Subscription) ?? string.Empty;
                        if (channel == MetaChannels.Subscribe)
                        {
                            if (subscription.StartsWith("/denied", StringComparison.Ordinal))
                            {
                                reply[Fields.Successful] = false;
                                reply[Fields.Error] = "403::subscribe_denied";
                                reply[Fields.Subscription] = subscription;
                                replies.Add(reply);
                                break;
                            }
                            if (!session.Subscriptions.Contains(subscription))
                            {
                                session.Subscriptions.Add(subscription);
                            }
                        }
                        else
                        {
                            session.Subscriptions.Remove(subscription);
                        }
                        reply[Fields.Subscription] = subscription;
                        reply[Fields.Successful] = true;
                        replies.Add(reply);
                        break;
                    case MetaChannels.Disconnect:
                        _sessions.Remove(clientId);
                        session.Wake();
                        reply[Fields.Successful] = true;
                        replies.Add(reply);
                        break;
                    default:
                        reply[Fields.Successful] = true;
                        replies.Add(reply);
                        break;
                }
            }
        }
        if (connect is not null && flushFor is not null)
        {
            return await ConnectAsync(flushFor, connect, replies, batch.Count == 1, cancellationToken);
        }
        lock (_gate)
        {
            var events = flushFor is not null && Piggyback && !flushFor.Ack ? flushFor.Drain() : [];
            return new FakeResponse(Arrange(events, replies));
        }
    }

    private void Handshake(JsonObject message, JsonObject reply)
    {
        if (DenyHandshake is not null)
        {
            reply[Fields.Successful] = false;
            reply[Fields.Error] = DenyHandshake;
            reply[Fields.Advice] = new JsonObject { [Advice.Reconnect] = Advice.ReconnectNone };
            return;
        }
        var id = "fake" + Interlocked.Increment(ref _nextSession);
        var ack = AckSupported && message[Fields.Ext] is JsonObject ext && JsonRead.Bool(ext, Fields.Ack) == true;
        _sessions[id] = new FakeSession(id) { Ack = ack };
        reply[Fields.Successful] = true;
        reply[Fields.ClientId] = id;
        reply[Fields.Version] = "1.0";
        reply[Fields.SupportedConnectionTypes] = new JsonArray([.. ConnectionTypes.Select(t => (JsonNode)JsonValue.Create(t)!)]);
        reply[Fields.Advice] = Advice_();
        if (ack)
        {
            reply[Fields.Ext] = new JsonObject { [Fields.Ack] = true };
        }
    }

    private JsonObject Advice_()
    {
        var advice = new JsonObject { [Advice.Reconnect] = Advice.ReconnectRetry, [Advice.Timeout] = TimeoutMs, [Advice.Interval] = IntervalMs };
        if (MaxIntervalMs is int max)
        {
            advice[Advice.MaxInterval] = max;
        }
        return advice;
    }

    private async Task<FakeResponse> ConnectAsync(FakeSession session, JsonObject connect, List<JsonObject> replies, bool alone, CancellationToken cancellationToken)
    {
        var reply = replies.First(r => JsonRead.String(r, Fields.Channel) == MetaChannels.Connect);
        Task wake;
        TaskCompletionSource superseded;
        lock (_gate)
        {
            if (session.Ack && connect[Fields.Ext] is JsonObject ext && JsonRead.Long(ext, Fields.Ack) is long acked)
            {
                session.Unacked.RemoveAll(u => u.Batch <= acked);
            }
            // A newer connect supersedes a held one, which then ends with HTTP 500 (docs/cometd-behaviour.md#superseded-connect).
            session.Superseded?.TrySetResult();
            superseded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            session.Superseded = superseded;
            var replyNow = connect[Fields.Advice] is JsonObject advice && JsonRead.Long(advice, Advice.Timeout) == 0;
            wake = replyNow || !alone || session.HasPending ? Task.CompletedTask : session.NextWake();
        }
        var timeout = Task.Delay(TimeoutMs, cancellationToken);
        var first = await Task.WhenAny(wake, timeout, superseded.Task);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (first == superseded.Task)
            {
                return FakeResponse.HttpStatus(500);
            }
            if (session.Superseded == superseded)
            {
                session.Superseded = null;
            }
            if (!_sessions.ContainsKey(session.Id))
            {
                // Swept or disconnected while held: a disconnect releases it successfully, a sweep does too.
                reply[Fields.Successful] = true;
                return new FakeResponse(Arrange([], replies));
            }
            reply[Fields.Successful] = true;
            reply[Fields.Advice] = Advice_();
            List<JsonObject> events;
            if (session.Ack)
            {
                var batch = session.NextBatch++;
                foreach (var e in session.Drain())
                {
                    session.Unacked.Add((e, batch));
                }
                events = [.. session.Unacked.Select(u => (JsonObject)u.Event.DeepClone())];
                reply[Fields.Ext] = new JsonObject { [Fields.Ack] = batch };
            }
            else
            {
                events = session.Drain();
            }
            return new FakeResponse(Arrange(events, replies));
        }
    }

    private List<JsonObject> Arrange(List<JsonObject> events, List<JsonObject> replies) =>
        EventsAfterReplies ? [.. replies, .. events] : [.. events, .. replies];

    private sealed class FakeSession(string id)
    {
        private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Id { get; } = id;

        public bool Ack { get; init; }

        public long NextBatch { get; set; } = 1;

        public List<string> Subscriptions { get; } = [];

        public List<JsonObject> Queue { get; } = [];

        public List<(JsonObject Event, long Batch)> Unacked { get; } = [];

        public TaskCompletionSource? Superseded { get; set; }

        public bool HasPending => Queue.Count > 0 || (Ack && Unacked.Count > 0);

        public Task NextWake() => _wake.Task;

        public void Wake()
        {
            var current = _wake;
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            current.TrySetResult();
        }

        public List<JsonObject> Drain()
        {
            var drained = Queue.ToList();
            Queue.Clear();
            return drained;
        }
    }
}
