using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.Bayeux.Transport;

namespace Conformance.Bayeux;

// Sending batches, correlating replies by id, and turning every received array into events and replies.
public sealed partial class BayeuxClient
{
    private readonly object _processGate = new();
    private readonly AckWindow _ack = new();
    private readonly Dictionary<string, (ReadOnlyMemory<byte> Key, int Copies)> _lastByChannel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _matchCache = new(StringComparer.Ordinal);
    private int _overlapDropped;
    private int _matchCacheVersion;

    // The channel of the last event and its UTF-8 name: a run of events on one channel shares one string.
    private (string Name, byte[] Utf8) _lastChannel = (string.Empty, []);

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
        // Serialised once: the same bytes are the traffic record and what the transport sends.
        var sending = new TransportBatch(outgoing, isConnect, timeout);
        Traffic.Record(TrafficDirection.Sent, transport.ConnectionType, sending.Utf8);
        try
        {
            await transport.SendAsync(sending, cancellationToken).ConfigureAwait(false);
            if (transport.RepliesInResponse)
            {
                // Long-polling: the response has been processed; a reply missing from it will never come.
                if (Array.Exists(waits, w => w.Pending is not null && !w.Pending.Reply.Task.IsCompletedSuccessfully))
                {
                    var missing = waits.Where(w => w.Pending is not null && !w.Pending.Reply.Task.IsCompletedSuccessfully).Select(w => w.Id);
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
    private ValueTask<IBayeuxTransport> EnsureTransportAsync(CancellationToken cancellationToken)
    {
        var now = _current;
        return now is not null && now.IsOpen ? ValueTask.FromResult(now) : new ValueTask<IBayeuxTransport>(OpenTransportAsync(cancellationToken));
    }

    private async Task<IBayeuxTransport> OpenTransportAsync(CancellationToken cancellationToken)
    {
        await _transportLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _current;
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

    private JsonObject? ApplyOutgoing(JsonObject message)
    {
        JsonObject? result = message;
        foreach (var hook in ExtensionsNow())
        {
            result = hook.Outgoing(result);
            if (result is null)
            {
                return null;
            }
        }
        return result;
    }

    /// <summary>Runs every extension's incoming hook in registration order; a hook returning null drops the message.</summary>
    private static JsonObject? ApplyIncoming(JsonObject message, IBayeuxExtension[] hooks)
    {
        JsonObject? result = message;
        foreach (var hook in hooks)
        {
            result = hook.Incoming(result);
            if (result is null)
            {
                return null;
            }
        }
        return result;
    }

    private IBayeuxExtension[] ExtensionsNow()
    {
        lock (_extensions)
        {
            return _extensions.Count == 0 ? [] : _extensions.ToArray();
        }
    }

    /// <summary>
    /// Processes one received array as a whole (docs/cometd-behaviour.md#flush-into-any-response): events
    /// from any response and in any position go to the inbox in order; replies are matched by id; the ack
    /// batch advances only after everything was processed (docs/cometd-behaviour.md#ack-extension); waiting
    /// callers are released last, so the events of a subscribe reply are already in the inbox when
    /// SubscribeAsync returns.
    /// </summary>
    private void ProcessIncoming(ReceivedArray received, IBayeuxTransport transport)
    {
        var via = transport.ConnectionType;
        List<(Pending Pending, JsonObject Reply)>? completions = null;
        lock (_processGate)
        {
            // The received bytes are the traffic record, each event's Raw and its identity for de-duplication: no copy.
            Traffic.Record(TrafficDirection.Received, via, received.Utf8);
            long? batch = null;
            var cursor = _ack.BeginResponse();
            var clientId = ClientId;
            var hooks = ExtensionsNow();
            for (var index = 0; index < received.Count; index++)
            {
                // An event no extension may change is read straight from the parsed JSON: no node tree for the message;
                // its data stays the received bytes until someone reads it (BayeuxEvent.Data).
                if (hooks.Length == 0 && received.TryGetElement(index, out var element) && EventChannel(element) is { } eventChannel)
                {
                    var data = element.TryGetProperty(Fields.Data, out var dataElement) && dataElement.ValueKind != JsonValueKind.Null
                        ? received.Raw(dataElement)
                        : ReadOnlyMemory<byte>.Empty;
                    DeliverEvent(eventChannel, null, data, received.Raw(index), via, clientId, cursor);
                    continue;
                }
                var message = ApplyIncoming(received.Message(index), hooks);
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
                        (completions ??= []).Add((entry, message));
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
                            Deliver(item, MessageArrays.WriteUtf8(item), via, clientId, cursor);
                        }
                    }
                    continue;
                }
                Deliver(message, received.Raw(index), via, clientId, cursor);
            }
            if (batch is long complete)
            {
                _ack.Acknowledge(complete);
            }
        }
        if (completions is not null)
        {
            foreach (var (entry, reply) in completions)
            {
                entry.Reply.TrySetResult(reply);
            }
        }
    }

    /// <summary>
    /// The channel of a parsed message that is plainly an event (a string channel, not <c>/meta</c>, no <c>successful</c>);
    /// null for anything else, which takes the general path. Called under processGate.
    /// </summary>
    private string? EventChannel(JsonElement message)
    {
        if (!message.TryGetProperty(Fields.Channel, out var channel) || channel.ValueKind != JsonValueKind.String
            || message.TryGetProperty(Fields.Successful, out _))
        {
            return null;
        }
        if (!channel.ValueEquals(_lastChannel.Utf8))
        {
            var name = channel.GetString()!;
            _lastChannel = (name, Encoding.UTF8.GetBytes(name));
        }
        return ChannelPattern.IsMeta(_lastChannel.Name) ? null : _lastChannel.Name;
    }

    private void Deliver(JsonObject message, ReadOnlyMemory<byte> raw, string via, string? clientId, AckWindow.Cursor cursor)
    {
        var channel = JsonRead.String(message, Fields.Channel) ?? string.Empty;
        if (ChannelPattern.IsMeta(channel))
        {
            return; // a reply, never an event: the inbox holds only what the server pushed
        }
        // Detach the data from the received message: the event owns it.
        var data = message[Fields.Data];
        message.Remove(Fields.Data);
        DeliverEvent(channel, data, ReadOnlyMemory<byte>.Empty, raw, via, clientId, cursor);
    }

    /// <summary>Records one event, unless it is a copy; its data is the node <paramref name="data"/> or, when not empty, the bytes <paramref name="dataUtf8"/>.</summary>
    private void DeliverEvent(string channel, JsonNode? data, ReadOnlyMemory<byte> dataUtf8, ReadOnlyMemory<byte> raw, string via, string? clientId, AckWindow.Cursor cursor)
    {
        // Copies of one event are identical on the wire, so the received bytes identify it.
        var key = raw;
        if (_ack.IsRedelivery(cursor, key))
        {
            Traffic.Record(TrafficDirection.Note, via, "dropped a copy redelivered by the ack extension: " + channel);
            return;
        }
        var matching = MatchingSubscriptions(channel);
        // Some servers (cometd-nodejs-server) send one copy per matching subscription, back to back (docs/cometd-behaviour.md#overlapping-subscriptions).
        if (matching.Length > 1 && _lastByChannel.TryGetValue(channel, out var last) && last.Key.Span.SequenceEqual(key.Span) && last.Copies < matching.Length)
        {
            _lastByChannel[channel] = (key, last.Copies + 1);
            _overlapDropped++;
            Traffic.Record(TrafficDirection.Note, via, $"dropped a copy sent for an overlapping subscription: {channel} ({string.Join(", ", matching)})");
            return;
        }
        _lastByChannel[channel] = (key, 1);
        _ack.Delivered(key);
        Inbox.Add(channel, data, dataUtf8, raw, clientId, via, matching);
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
                matching = Matching(_desired, channel);
                _matchCache[channel] = matching;
            }
            return matching;
        }
    }

    // Apart from MatchingSubscriptions, whose every call would otherwise allocate this lambda's closure, cache hit or not.
    private static string[] Matching(IEnumerable<string> patterns, string channel) => [.. patterns.Where(pattern => ChannelPattern.Matches(pattern, channel))];

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
