using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.Bayeux.Transport;

namespace Conformance.Bayeux;

// What callers ask for: subscribe, unsubscribe, publish, disconnect.
public sealed partial class BayeuxClient
{
    /// <summary>Subscribes to a channel or a wildcard pattern; see <see cref="SubscribeAsync(IReadOnlyList{string}, CancellationToken)"/>.</summary>
    public async Task<BayeuxReply> SubscribeAsync(string subscription, CancellationToken cancellationToken = default) =>
        (await SubscribeAsync([subscription], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Subscribes (one message per pattern, in one batch) and returns once the server confirmed each: trigger the
    /// events under test only after this (Bayeux spec: "Subscribe Response"). Events carried by the reply are already in the
    /// inbox. The subscriptions are restored after every re-handshake. A session lost meanwhile is waited out;
    /// a refusal throws <see cref="BayeuxRequestException"/> and the pattern is forgotten.
    /// </summary>
    public async Task<IReadOnlyList<BayeuxReply>> SubscribeAsync(IReadOnlyList<string> subscriptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        foreach (var pattern in subscriptions)
        {
            if (!ChannelPattern.IsValidPattern(pattern) || ChannelPattern.IsMeta(pattern))
            {
                throw new ArgumentException($"'{pattern}' is not a channel or wildcard pattern a client may subscribe to (Bayeux spec: \"Channel Globbing\", \"Meta Channels\").", nameof(subscriptions));
            }
        }
        lock (_sessionGate)
        {
            if (_loop is null)
            {
                throw new InvalidOperationException($"Cannot subscribe to {string.Join(", ", subscriptions)}: call HandshakeAsync first.");
            }
            foreach (var pattern in subscriptions.Where(p => !_desired.Contains(p)))
            {
                _desired.Add(pattern);
                _subscriptionsVersion++;
            }
        }
        var deadline = DateTimeOffset.UtcNow + _options.RequestTimeout;
        var results = new Dictionary<string, BayeuxReply>(StringComparer.Ordinal);
        var minimumEpoch = 0L;
        while (true)
        {
            var current = await WaitForSessionAsync(minimumEpoch, deadline, "subscribe to " + string.Join(", ", subscriptions), cancellationToken).ConfigureAwait(false);
            var todo = subscriptions.Where(p => !results.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToArray();
            IReadOnlyList<BayeuxReply?> replies;
            try
            {
                replies = await ExchangeAsync([.. todo.Select(p => SubscribeMessage(p, current.ClientId))], false, _options.MaxNetworkDelay, cancellationToken).ConfigureAwait(false);
            }
            catch (BayeuxTransportException ex)
            {
                _lastFailure = "subscribe transport failure: " + ex.Message;
                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new TimeoutException($"Subscribe to {string.Join(", ", subscriptions)} failed until the deadline: {_lastFailure}", ex);
                }
                await PauseAsync(LinearBackOff.DefaultIncrement).ConfigureAwait(false);
                continue;
            }
            var sessionLost = false;
            for (var i = 0; i < todo.Length; i++)
            {
                var reply = replies[i];
                if (reply is { Successful: true })
                {
                    _lastAlive = DateTimeOffset.UtcNow;
                    Confirm(current, todo[i]);
                    results[todo[i]] = reply;
                }
                else if (reply?.Reconnect == Advice.ReconnectHandshake || reply?.Error?.Code == BayeuxError.SessionUnknown)
                {
                    sessionLost = true; // the session loop re-handshakes; try again in the next session
                }
                else
                {
                    lock (_sessionGate)
                    {
                        _desired.Remove(todo[i]);
                        _subscriptionsVersion++;
                    }
                    throw new BayeuxRequestException($"Subscribe to {todo[i]} failed: {reply?.ToString() ?? "dropped by an outgoing extension"}", reply);
                }
            }
            if (subscriptions.All(results.ContainsKey))
            {
                return [.. subscriptions.Select(p => results[p])];
            }
            if (sessionLost)
            {
                minimumEpoch = current.Epoch + 1;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Subscribe to {string.Join(", ", subscriptions)} not confirmed within {Durations.Format(_options.RequestTimeout)}. State: {_state.Describe()}. Last failure: {_lastFailure}");
            }
        }
    }

    /// <summary>Unsubscribes and forgets the pattern (it is no longer restored after a re-handshake).</summary>
    public async Task<BayeuxReply> UnsubscribeAsync(string subscription, CancellationToken cancellationToken = default)
    {
        Session? current;
        lock (_sessionGate)
        {
            _desired.Remove(subscription);
            _confirmed.Remove(subscription);
            _subscriptionsVersion++;
            current = _session;
        }
        if (current is null)
        {
            throw new InvalidOperationException("No session: nothing to unsubscribe from. State: " + _state.Describe());
        }
        var message = new JsonObject
        {
            [Fields.Id] = NextId(),
            [Fields.Channel] = MetaChannels.Unsubscribe,
            [Fields.ClientId] = current.ClientId,
            [Fields.Subscription] = subscription,
        };
        var reply = (await ExchangeAsync([message], false, _options.MaxNetworkDelay, cancellationToken).ConfigureAwait(false))[0];
        return reply ?? throw new BayeuxRequestException("The unsubscribe was dropped by an outgoing extension.");
    }

    /// <summary>Publishes <paramref name="data"/> on a concrete channel and returns the server's reply (successful or not).</summary>
    public async Task<BayeuxReply> PublishAsync(string channel, JsonNode? data, CancellationToken cancellationToken = default)
    {
        if (!ChannelPattern.IsValidName(channel) || ChannelPattern.IsMeta(channel))
        {
            throw new ArgumentException($"'{channel}' is not a channel one may publish to (Bayeux spec: \"Publish\", \"Meta Channels\").", nameof(channel));
        }
        var current = await WaitForSessionAsync(0, DateTimeOffset.UtcNow + _options.RequestTimeout, "publish to " + channel, cancellationToken).ConfigureAwait(false);
        var message = new JsonObject
        {
            [Fields.Id] = NextId(),
            [Fields.Channel] = channel,
            [Fields.ClientId] = current.ClientId,
            [Fields.Data] = data?.DeepClone(),
        };
        var reply = (await ExchangeAsync([message], false, _options.MaxNetworkDelay, cancellationToken).ConfigureAwait(false))[0];
        return reply ?? throw new BayeuxRequestException("The publish was dropped by an outgoing extension.");
    }

    /// <summary>
    /// Sends <c>/meta/disconnect</c>, waits briefly for the reply and for the released connect (its events are
    /// still recorded), then stops (docs/cometd-behaviour.md#client-backoff). Idempotent.
    /// </summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        Session? current;
        Task? running;
        lock (_sessionGate)
        {
            current = _session;
            running = _loop;
            if (running is null)
            {
                _state.Set(BayeuxState.Disconnected, "disconnected before any handshake");
                return;
            }
        }
        if (_stopping.IsCancellationRequested)
        {
            await running.WaitAsync(_options.DisconnectTimeout, cancellationToken).ConfigureAwait(false);
            return;
        }
        _state.Set(BayeuxState.Disconnecting, "disconnect requested");
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (current is not null)
        {
            var message = new JsonObject
            {
                [Fields.Id] = NextId(),
                [Fields.Channel] = MetaChannels.Disconnect,
                [Fields.ClientId] = current.ClientId,
            };
            try
            {
                await ExchangeAsync([message], false, _options.DisconnectTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (BayeuxTransportException ex)
            {
                Traffic.Record(TrafficDirection.Note, "client", "disconnect got no reply: " + ex.Message);
            }
        }
        try
        {
            // The server releases the held connect on disconnect; let its response be processed, briefly.
            await running.WaitAsync(_options.DisconnectTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _lifetime.CancelAsync().ConfigureAwait(false);
            await running.WaitAsync(_options.DisconnectTimeout, CancellationToken.None).ConfigureAwait(false);
        }
        if (current is not null)
        {
            ClearSession(current);
        }
        _state.Set(BayeuxState.Disconnected, "disconnected by the client");
    }

    private JsonObject SubscribeMessage(string pattern, string clientId) => new()
    {
        [Fields.Id] = NextId(),
        [Fields.Channel] = MetaChannels.Subscribe,
        [Fields.ClientId] = clientId,
        [Fields.Subscription] = pattern,
    };

    /// <summary>Waits for a session whose epoch is at least <paramref name="minimumEpoch"/>.</summary>
    private async Task<Session> WaitForSessionAsync(long minimumEpoch, DateTimeOffset deadline, string purpose, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_sessionGate)
            {
                if (_session is { } current && current.Epoch >= minimumEpoch)
                {
                    return current;
                }
                if (_loop is null)
                {
                    throw new InvalidOperationException($"Cannot {purpose}: call HandshakeAsync first.");
                }
                if (_state.Current == BayeuxState.Disconnected || _stopping.IsCancellationRequested)
                {
                    throw new InvalidOperationException($"Cannot {purpose}: the client is disconnected ({_lastFailure}).");
                }
                signal = _sessionSignal.Task;
            }
            try
            {
                await signal.WaitAsync(Remaining(deadline), cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"Cannot {purpose}: no session. State: {_state.Describe()}. Last failure: {_lastFailure}", ex);
            }
        }
    }
}
