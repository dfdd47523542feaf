using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.Bayeux.Transport;

namespace Conformance.Bayeux;

// The session loop: handshake, resubscribe, one connect at a time, and what advice and failures make it do
// (Bayeux spec: "advice", "Connect"; docs/cometd-behaviour.md#client-backoff).
public sealed partial class BayeuxClient
{
    private TimeSpan _adviceTimeout = BayeuxClientOptions.DefaultAdviceTimeout;
    private TimeSpan _adviceInterval = TimeSpan.Zero;
    private TimeSpan _adviceMaxInterval = TimeSpan.Zero;
    private DateTimeOffset _lastAlive;

    private enum Next
    {
        Retry,
        Handshake,
        Stop,
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var backOff = TimeSpan.Zero;
        Lost? lost = null;
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                _state.Set(BayeuxState.Handshaking, lost?.Reason ?? "handshake requested");
                var (next, newSession) = await HandshakeOnceAsync(cancellationToken).ConfigureAwait(false);
                if (next == Next.Stop)
                {
                    _state.Set(BayeuxState.Disconnected, "handshake denied: " + _lastFailure);
                    return;
                }
                if (newSession is null)
                {
                    backOff = _options.BackOff.Next(backOff);
                    await PauseAsync(_adviceInterval + backOff).ConfigureAwait(false);
                    continue;
                }
                backOff = TimeSpan.Zero;
                _state.Set(BayeuxState.Connecting, "handshaken as " + newSession.ClientId);
                lost = await ConnectLoopAsync(newSession, lost, cancellationToken).ConfigureAwait(false);
                if (lost is null)
                {
                    return; // stopped, or reconnect:none
                }
                ClearSession(newSession);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || _stopping.IsCancellationRequested)
        {
            // Disconnect or dispose; DisconnectAsync sets the final state.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must not leave callers waiting for a state that never comes.
            _lastFailure = "session loop crashed: " + ex;
            Traffic.Record(TrafficDirection.Note, "client", _lastFailure);
            _state.Set(BayeuxState.Disconnected, "session loop crashed: " + ex.Message);
        }
    }

    private async Task<(Next Next, Session? Session)> HandshakeOnceAsync(CancellationToken cancellationToken)
    {
        lock (_sessionGate)
        {
            _serverConnectionTypes = null;
            _current = null; // start again from the preferred transport
        }
        var handshake = new JsonObject
        {
            [Fields.Id] = NextId(),
            [Fields.Channel] = MetaChannels.Handshake,
            [Fields.Version] = Versions.Current,
            [Fields.MinimumVersion] = Versions.Minimum,
            [Fields.SupportedConnectionTypes] = new JsonArray([.. _candidates.Select(t => (JsonNode)JsonValue.Create(t.ConnectionType)!)]),
        };
        if (_options.RequestAck)
        {
            handshake[Fields.Ext] = new JsonObject { [Fields.Ack] = true };
        }
        var reply = await ExchangeAloneAsync(handshake, "handshake", false, _options.MaxNetworkDelay, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            return (Next.Retry, null);
        }
        _lastHandshakeReply = reply;
        ApplyAdvice(reply.Advice);
        var clientId = JsonRead.String(reply.Message, Fields.ClientId);
        if (!reply.Successful || clientId is null)
        {
            _lastFailure = $"handshake failed: {reply.Error?.Text ?? "no clientId"} (advice reconnect {reply.Reconnect ?? "absent"})";
            // Absent advice after a failed handshake means "handshake" (docs/cometd-behaviour.md#advice-defaults).
            return (reply.Reconnect == Advice.ReconnectNone ? Next.Stop : Next.Retry, null);
        }
        var offered = reply.Message[Fields.SupportedConnectionTypes] as JsonArray;
        var ackOffer = reply.Message[Fields.Ext] is JsonObject ext ? ext[Fields.Ack] : null;
        var ackEnabled = _options.RequestAck && (ackOffer is JsonValue flag && flag.TryGetValue<bool>(out var on) ? on : JsonRead.Bool(ackOffer as JsonObject, Fields.AckEnabled) == true);
        lock (_processGate)
        {
            _ack.Reset(ackEnabled, JsonRead.Long(ackOffer as JsonObject, Fields.AckBatch) ?? 0);
            _lastByChannel.Clear();
        }
        Session created;
        lock (_sessionGate)
        {
            if (offered is not null)
            {
                _serverConnectionTypes = new HashSet<string>(offered.Select(o => o is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty), StringComparer.Ordinal);
                if (_current is not null && !_serverConnectionTypes.Contains(_current.ConnectionType))
                {
                    Traffic.Record(TrafficDirection.Note, _current.ConnectionType, "the server does not offer " + _current.ConnectionType + "; switching");
                    _current = null;
                }
            }
            _confirmed.Clear();
            created = new Session(clientId, ++_sessionEpoch);
            _session = created;
            _lastAlive = DateTimeOffset.UtcNow;
            SignalSession();
        }
        return (Next.Retry, created);
    }

    /// <summary>Runs connects for one session; returns why it was lost, or null when the client stops.</summary>
    private async Task<Lost?> ConnectLoopAsync(Session current, Lost? previous, CancellationToken cancellationToken)
    {
        var backOff = TimeSpan.Zero;
        DateTimeOffset? firstFailure = null;
        var replyNow = true; // advice {timeout:0} on the first connect and after a failure (docs/cometd-behaviour.md#advice-defaults)
        var gapPending = previous;
        while (!_stopping.IsCancellationRequested)
        {
            Next next;
            string reason;
            var subscribing = NeedsSubscribing();
            if (subscribing)
            {
                (next, reason) = await SubscribeDesiredAsync(current, cancellationToken).ConfigureAwait(false);
                if (next == Next.Retry && reason.Length == 0 && gapPending is not null)
                {
                    RecordGap(gapPending, current);
                    gapPending = null;
                }
            }
            else
            {
                if (gapPending is not null)
                {
                    RecordGap(gapPending, current);
                    gapPending = null;
                }
                (next, reason) = await ConnectOnceAsync(current, replyNow, cancellationToken).ConfigureAwait(false);
            }
            if (_stopping.IsCancellationRequested)
            {
                return null;
            }
            switch (next)
            {
                case Next.Stop:
                    _state.Set(BayeuxState.Disconnected, reason);
                    return null;
                case Next.Handshake:
                    return new Lost(LostAfter(gapPending), reason, current.ClientId);
            }
            if (reason.Length == 0)
            {
                if (!subscribing)
                {
                    backOff = TimeSpan.Zero;
                    firstFailure = null;
                    replyNow = false;
                    await PauseAsync(_adviceInterval).ConfigureAwait(false);
                }
                continue;
            }
            // A failure to retry: back off, and give up on the session once the server has surely expired it.
            _state.Set(BayeuxState.Connecting, reason);
            var now = DateTimeOffset.UtcNow;
            firstFailure ??= now;
            backOff = _options.BackOff.Next(backOff);
            if (_adviceMaxInterval > TimeSpan.Zero && now - firstFailure.Value + backOff > _adviceTimeout + _adviceInterval + _adviceMaxInterval)
            {
                return new Lost(LostAfter(gapPending), $"{reason}; retried past maxInterval {Durations.Format(_adviceMaxInterval)}", current.ClientId);
            }
            replyNow = true;
            await PauseAsync(_adviceInterval + backOff).ConfigureAwait(false);
        }
        return null;
    }

    private DateTimeOffset LostAfter(Lost? unrestored) => unrestored?.After ?? _lastAlive;

    /// <summary>One connect; the outcome is the next step and, for a failure to retry, its reason (empty on success).</summary>
    private async Task<(Next Next, string Reason)> ConnectOnceAsync(Session current, bool replyNow, CancellationToken cancellationToken)
    {
        var connect = new JsonObject
        {
            [Fields.Id] = NextId(),
            [Fields.Channel] = MetaChannels.Connect,
            [Fields.ClientId] = current.ClientId,
            [Fields.ConnectionType] = (await EnsureTransportOrNullAsync(cancellationToken).ConfigureAwait(false))?.ConnectionType ?? ConnectionTypes.LongPolling,
        };
        if (replyNow)
        {
            connect[Fields.Advice] = new JsonObject { [Advice.Timeout] = 0 };
        }
        lock (_processGate)
        {
            if (_ack.Enabled)
            {
                connect[Fields.Ext] = new JsonObject { [Fields.Ack] = _ack.Batch };
            }
        }
        var reply = await ExchangeAloneAsync(connect, "connect", true, _adviceTimeout + _options.MaxNetworkDelay, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            return (Next.Retry, _lastFailure);
        }
        ApplyAdvice(reply.Advice);
        if (reply.Advice?[Advice.MultipleClients] is not null)
        {
            Traffic.Record(TrafficDirection.Note, "client", "the server reports multiple-clients: another session shares this BAYEUX_BROWSER cookie");
        }
        var reconnect = reply.Reconnect ?? Advice.ReconnectRetry;
        if (reply.Successful)
        {
            _lastAlive = DateTimeOffset.UtcNow;
            _state.Set(BayeuxState.Connected, "connect answered");
            return reconnect switch
            {
                Advice.ReconnectNone => (Next.Stop, "the server advised reconnect:none"),
                Advice.ReconnectHandshake => (Next.Handshake, "the server advised reconnect:handshake on a successful connect"),
                _ => (Next.Retry, string.Empty),
            };
        }
        _lastFailure = $"connect failed: {reply.Error?.Text ?? "no error"} (advice reconnect {reconnect})";
        return reconnect switch
        {
            Advice.ReconnectNone => (Next.Stop, _lastFailure),
            Advice.ReconnectHandshake => (Next.Handshake, _lastFailure),
            _ => (Next.Retry, _lastFailure),
        };
    }

    private async ValueTask<IBayeuxTransport?> EnsureTransportOrNullAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await EnsureTransportAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BayeuxTransportException)
        {
            return null; // the exchange reports it
        }
    }

    private bool NeedsSubscribing()
    {
        lock (_sessionGate)
        {
            return _desired.Any(pattern => !_confirmed.Contains(pattern));
        }
    }

    /// <summary>Subscribes everything wanted but not yet confirmed in this session, in one batch (a re-handshake clears subscriptions: docs/cometd-behaviour.md#client-backoff).</summary>
    private async Task<(Next Next, string Reason)> SubscribeDesiredAsync(Session current, CancellationToken cancellationToken)
    {
        string[] wanted;
        lock (_sessionGate)
        {
            wanted = [.. _desired.Where(pattern => !_confirmed.Contains(pattern))];
        }
        IReadOnlyList<BayeuxReply?> replies;
        try
        {
            replies = await ExchangeAsync([.. wanted.Select(p => SubscribeMessage(p, current.ClientId))], false, _options.MaxNetworkDelay, cancellationToken).ConfigureAwait(false);
        }
        catch (BayeuxTransportException ex)
        {
            _lastFailure = "resubscribe transport failure: " + ex.Message;
            return (Next.Retry, _lastFailure);
        }
        for (var i = 0; i < wanted.Length; i++)
        {
            var reply = replies[i];
            if (reply is { Successful: true })
            {
                _lastAlive = DateTimeOffset.UtcNow;
                Confirm(current, wanted[i]);
                continue;
            }
            if (reply?.Reconnect == Advice.ReconnectHandshake || reply?.Error?.Code == BayeuxError.SessionUnknown)
            {
                _lastFailure = "resubscribe failed: " + reply.Error?.Text;
                return (Next.Handshake, _lastFailure);
            }
            // Refused for good: stop asking, and say so in the traffic snapshot.
            lock (_sessionGate)
            {
                _desired.Remove(wanted[i]);
                _subscriptionsVersion++;
            }
            Traffic.Record(TrafficDirection.Note, "client", $"resubscribe to {wanted[i]} refused: {reply?.ToString() ?? "dropped by an extension"}");
        }
        return (Next.Retry, string.Empty);
    }

    private void Confirm(Session current, string pattern)
    {
        lock (_sessionGate)
        {
            if (_session == current && _desired.Contains(pattern))
            {
                _confirmed.Add(pattern);
            }
        }
    }

    private void RecordGap(Lost lost, Session restored)
    {
        string[] resubscribed;
        lock (_sessionGate)
        {
            resubscribed = [.. _confirmed];
        }
        var gap = Inbox.AddGap(order => new SessionGap
        {
            Order = order,
            LostAfter = lost.After,
            RestoredAt = DateTimeOffset.UtcNow,
            Reason = lost.Reason,
            PreviousClientId = lost.ClientId,
            NewClientId = restored.ClientId,
            Resubscribed = resubscribed,
        });
        Traffic.Record(TrafficDirection.Note, "client", gap.ToString());
    }

    /// <summary>
    /// A handshake or connect, which travel alone: its reply, or null with <c>_lastFailure</c> saying why.
    /// A transport failure (HTTP 500 for a superseded connect, a timeout, a refused connection) is a
    /// "retry" (docs/cometd-behaviour.md#client-backoff); so is a message an outgoing extension dropped.
    /// </summary>
    private async Task<BayeuxReply?> ExchangeAloneAsync(JsonObject message, string what, bool isConnect, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var reply = (await ExchangeAsync([message], isConnect, timeout, cancellationToken).ConfigureAwait(false))[0];
            if (reply is null)
            {
                _lastFailure = $"the {what} was dropped by an outgoing extension";
            }
            return reply;
        }
        catch (BayeuxTransportException ex)
        {
            _lastFailure = $"{what} transport failure: " + ex.Message;
            Traffic.Record(TrafficDirection.Note, "client", _lastFailure);
            return null;
        }
    }

    private void ApplyAdvice(JsonObject? advice)
    {
        // New advice replaces the old, field by field (Bayeux spec: "advice").
        if (JsonRead.Long(advice, Advice.Timeout) is long timeout and >= 0)
        {
            _adviceTimeout = TimeSpan.FromMilliseconds(timeout);
        }
        if (JsonRead.Long(advice, Advice.Interval) is long interval and >= 0)
        {
            _adviceInterval = TimeSpan.FromMilliseconds(interval);
        }
        if (JsonRead.Long(advice, Advice.MaxInterval) is long maxInterval and >= 0)
        {
            _adviceMaxInterval = TimeSpan.FromMilliseconds(maxInterval);
        }
    }

    private async Task PauseAsync(TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }
        try
        {
            // A protocol delay (advice.interval plus back-off), cut short when the client stops.
            await Task.Delay(delay, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop checks the flag.
        }
    }

    private void ClearSession(Session ended)
    {
        lock (_sessionGate)
        {
            if (_session == ended)
            {
                _session = null;
                _confirmed.Clear();
                SignalSession();
            }
        }
    }

    // Called under sessionGate: wakes everyone waiting for a session change.
    private void SignalSession()
    {
        var signal = _sessionSignal;
        _sessionSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        signal.TrySetResult();
    }

    private sealed record Lost(DateTimeOffset After, string Reason, string ClientId);
}
