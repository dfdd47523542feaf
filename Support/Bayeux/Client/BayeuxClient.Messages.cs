using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.Bayeux.Transport;

namespace Conformance.Bayeux;

// Sending batches, correlating replies by id, and turning every received array into events and replies.
public sealed partial class BayeuxClient
{
    private readonly object _processGate = new();
    private readonly AckWindow _ack = new();
    private readonly Dictionary<string, (string Key, int Copies)> _lastByChannel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _matchCache = new(StringComparer.Ordinal);
    private int _overlapDropped;
    private int _matchCacheVersion;

    /// <summary>
    /// Sends <paramref name="messages"/> as one array and returns the reply to each, correlated by id (Bayeux
    /// spec: "id"); null where an extension dropped the message or removed its id. Throws
    /// <see cref="BayeuxTransportException"/> when the transport fails or a reply never comes.
    /// </summary>
    private async Task<IReadOnlyList<BayeuxReply?>> ExchangeAsync(IReadOnlyList<JsonObject> messages, bool isConnect, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var transport = await EnsureTransportAsync(cancellationToken).ConfigureAwait(false);
        var outgoing = new List<JsonObject>();
        var waits = new (string? Id, Pending? Pending)[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var message = ApplyOutgoing(messages[i]);
            if (message is null)
            {
                Traffic.Record(TrafficDirection.Note, transport.ConnectionType, "an outgoing extension dropped " + messages[i].ToJsonString());
                continue;
            }
            outgoing.Add(message);
            var id = JsonRead.String(message, Fields.Id);
            if (id is not null)
            {
                var entry = new Pending(transport);
                if (_pending.TryAdd(id, entry))
                {
                    waits[i] = (id, entry);
                }
            }
        }
        var replies = new BayeuxReply?[messages.Count];
        if (outgoing.Count == 0)
        {
            return replies;
        }
        Traffic.Record(TrafficDirection.Sent, transport.ConnectionType, MessageArrays.Write(outgoing));
        try
        {
            await transport.SendAsync(new TransportBatch(outgoing, isConnect, timeout), cancellationToken).ConfigureAwait(false);
            if (transport.RepliesInResponse)
            {
                // Long-polling: the response has been processed; a reply missing from it will never come.
                var missing = waits.Where(w => w.Pending is not null && !w.Pending.Reply.Task.IsCompletedSuccessfully).Select(w => w.Id).ToList();
                if (missing.Count > 0)
                {
                    throw new BayeuxTransportException("The response carried no reply for message id " + string.Join(", ", missing));
                }
            }
            else
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                deadline.CancelAfter(timeout);
                foreach (var (_, entry) in waits)
                {
                    if (entry is not null)
                    {
                        try
                        {
                            await entry.Reply.Task.WaitAsync(deadline.Token).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                        {
                            throw new BayeuxTransportException($"No reply within {Durations.Format(timeout)}", ex);
                        }
                    }
                }
            }
        }
        catch (Exception)
        {
            foreach (var (id, entry) in waits)
            {
                if (id is not null && entry is not null)
                {
                    _pending.TryRemove(new KeyValuePair<string, Pending>(id, entry));
                }
            }
            throw;
        }
        for (var i = 0; i < waits.Length; i++)
        {
            if (waits[i].Pending is { } entry)
            {
                replies[i] = new BayeuxReply(await entry.Reply.Task.ConfigureAwait(false));
            }
        }
        return replies;
    }

    /// <summary>The open transport to use: the current one, reopened if it broke, else the next allowed one (fallback).</summary>
    private async Task<IBayeuxTransport> EnsureTransportAsync(CancellationToken cancellationToken)
    {
        var now = _current;
        if (now is not null && now.IsOpen)
        {
            return now;
        }
        await _transportLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            now = _current;
            if (now is not null && now.IsOpen)
            {
                return now;
            }
            var start = now is null ? 0 : Math.Max(0, IndexOf(now));
            BayeuxTransportException? failure = null;
            for (var i = start; i < _candidates.Count; i++)
            {
                var candidate = _candidates[i];
                if (_serverConnectionTypes is not null && !_serverConnectionTypes.Contains(candidate.ConnectionType))
                {
                    continue;
                }
                try
                {
                    await candidate.OpenAsync(_listener, cancellationToken).ConfigureAwait(false);
                    if (now is not null && now != candidate)
                    {
                        Traffic.Record(TrafficDirection.Note, candidate.ConnectionType, $"fell back from {now.ConnectionType} to {candidate.ConnectionType}");
                    }
                    _current = candidate;
                    return candidate;
                }
                catch (BayeuxTransportException ex)
                {
                    failure = ex;
                    Traffic.Record(TrafficDirection.Note, candidate.ConnectionType, "transport unavailable: " + ex.Message);
                }
            }
            throw new BayeuxTransportException("No transport could be opened: " + (failure?.Message ?? "none allowed by the server"), failure!);
        }
        finally
        {
            _transportLock.Release();
        }
    }

    private int IndexOf(IBayeuxTransport transport)
    {
        for (var i = 0; i < _candidates.Count; i++)
        {
            if (_candidates[i] == transport)
            {
                return i;
            }
        }
        return -1;
    }

    private JsonObject? ApplyOutgoing(JsonObject message) => ApplyExtensions(message, static (hook, m) => hook.Outgoing(m));

    private JsonObject? ApplyIncoming(JsonObject message) => ApplyExtensions(message, static (hook, m) => hook.Incoming(m));

    /// <summary>Runs every extension in registration order; a hook returning null drops the message.</summary>
    private JsonObject? ApplyExtensions(JsonObject message, Func<IBayeuxExtension, JsonObject, JsonObject?> apply)
    {
        IBayeuxExtension[] hooks;
        lock (_extensions)
        {
            hooks = [.. _extensions];
        }
        JsonObject? result = message;
        foreach (var hook in hooks)
        {
            result = apply(hook, result);
            if (result is null)
            {
                return null;
            }
        }
        return result;
    }

    /// <summary>
    /// Processes one received array as a whole (docs/cometd-behaviour.md#flush-into-any-response): events
    /// from any response and in any position go to the inbox in order; replies are matched by id; the ack
    /// batch advances only after everything was processed (docs/cometd-behaviour.md#ack-extension); waiting
    /// callers are released last, so the events of a subscribe reply are already in the inbox when
    /// SubscribeAsync returns.
    /// </summary>
    private void ProcessIncoming(IReadOnlyList<JsonObject> messages, IBayeuxTransport transport)
    {
        var via = transport.ConnectionType;
        var completions = new List<(Pending Pending, JsonObject Reply)>();
        lock (_processGate)
        {
            // Serialised once: the same text is the traffic record, each event's Raw and its identity for de-duplication.
            var raws = new string[messages.Count];
            for (var i = 0; i < raws.Length; i++)
            {
                raws[i] = messages[i].ToJsonString();
            }
            Traffic.Record(TrafficDirection.Received, via, "[" + string.Join(",", raws) + "]");
            long? batch = null;
            var cursor = _ack.BeginResponse();
            var clientId = ClientId;
            for (var index = 0; index < messages.Count; index++)
            {
                var message = ApplyIncoming(messages[index]);
                if (message is null)
                {
                    continue;
                }
                var channel = JsonRead.String(message, Fields.Channel);
                if (channel is null)
                {
                    Traffic.Record(TrafficDirection.Note, via, "ignored a message without channel: " + message.ToJsonString());
                    continue;
                }
                // Events never carry "successful"; a publish reply does, on a broadcast channel (Bayeux spec: "Publish", "Delivery").
                if (ChannelPattern.IsMeta(channel) || message.ContainsKey(Fields.Successful))
                {
                    var id = JsonRead.String(message, Fields.Id);
                    if (id is not null && _pending.TryRemove(id, out var entry))
                    {
                        completions.Add((entry, message));
                        if (channel == MetaChannels.Connect && _ack.Enabled && JsonRead.Bool(message, Fields.Successful) == true
                            && JsonRead.Long(message[Fields.Ext] as JsonObject, Fields.Ack) is long acked)
                        {
                            batch = acked;
                        }
                    }
                    else
                    {
                        Traffic.Record(TrafficDirection.Note, via, $"ignored a reply that matches no outstanding request (id {id ?? "absent"})");
                    }
                    if (channel == MetaChannels.Handshake && message[Fields.XMessages] is JsonArray carried)
                    {
                        foreach (var item in carried.OfType<JsonObject>())
                        {
                            Deliver(item, item.ToJsonString(), via, clientId, cursor);
                        }
                    }
                    continue;
                }
                Deliver(message, raws[index], via, clientId, cursor);
            }
            if (batch is long complete)
            {
                _ack.Acknowledge(complete);
            }
        }
        foreach (var (entry, reply) in completions)
        {
            entry.Reply.TrySetResult(reply);
        }
    }

    private void Deliver(JsonObject message, string raw, string via, string? clientId, AckWindow.Cursor cursor)
    {
        var channel = JsonRead.String(message, Fields.Channel) ?? string.Empty;
        if (ChannelPattern.IsMeta(channel))
        {
            return; // a reply, never an event: the inbox holds only what the server pushed
        }
        // Copies of one event are identical on the wire, so the received text identifies it.
        var key = raw;
        if (_ack.IsRedelivery(cursor, key))
        {
            Traffic.Record(TrafficDirection.Note, via, "dropped a copy redelivered by the ack extension: " + channel);
            return;
        }
        var matching = MatchingSubscriptions(channel);
        // Some servers (cometd-nodejs-server) send one copy per matching subscription, back to back (docs/cometd-behaviour.md#overlapping-subscriptions).
        if (matching.Length > 1 && _lastByChannel.TryGetValue(channel, out var last) && last.Key == key && last.Copies < matching.Length)
        {
            _lastByChannel[channel] = (key, last.Copies + 1);
            _overlapDropped++;
            Traffic.Record(TrafficDirection.Note, via, $"dropped a copy sent for an overlapping subscription: {channel} ({string.Join(", ", matching)})");
            return;
        }
        _lastByChannel[channel] = (key, 1);
        _ack.Delivered(key);
        // Detach the data from the received message: the event owns it.
        var data = message[Fields.Data];
        message.Remove(Fields.Data);
        Inbox.Add(channel, data, raw, clientId, via, matching);
    }

    // Called under processGate; the cache is dropped whenever the subscriptions change.
    private string[] MatchingSubscriptions(string channel)
    {
        lock (_sessionGate)
        {
            if (_matchCacheVersion != _subscriptionsVersion)
            {
                _matchCache.Clear();
                _matchCacheVersion = _subscriptionsVersion;
            }
            if (!_matchCache.TryGetValue(channel, out var matching))
            {
                matching = [.. _desired.Where(pattern => ChannelPattern.Matches(pattern, channel))];
                _matchCache[channel] = matching;
            }
            return matching;
        }
    }

    private void FailPending(BayeuxTransportException failure, IBayeuxTransport transport)
    {
        Traffic.Record(TrafficDirection.Note, transport.ConnectionType, "transport failed: " + failure.Message);
        foreach (var (id, entry) in _pending)
        {
            if (entry.Transport == transport && _pending.TryRemove(new KeyValuePair<string, Pending>(id, entry)))
            {
                entry.Reply.TrySetException(failure);
            }
        }
    }
}
