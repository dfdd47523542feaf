using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;

namespace Conformance.Bayeux;

/// <summary>
/// Every event delivered to one client, in arrival order, with the session gaps on the same timeline, so a
/// wait can tell a loss from a silence. Waits start from a <see cref="InboxMark"/>, always have a deadline,
/// and on failure say what did arrive, so a failed run explains itself.
/// </summary>
public sealed class BayeuxInbox
{
    /// <summary>Failure messages list at most this many events; the rest are counted.</summary>
    public const int MaxListedEvents = 50;

    private const string AnyChannel = "any channel";

    private readonly object _gate = new();
    private readonly AppendOnlyList<BayeuxEvent> _events = new();
    private readonly List<SessionGap> _gaps = [];
    private readonly List<Waiter> _waiters = [];
    private long _order;
    private TaskCompletionSource _gapSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>All events so far, in arrival order.</summary>
    public IReadOnlyList<BayeuxEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>All session gaps so far.</summary>
    public IReadOnlyList<SessionGap> Gaps
    {
        get
        {
            lock (_gate)
            {
                return [.. _gaps];
            }
        }
    }

    /// <summary>Marks "now": later waits see only what arrives after this point.</summary>
    public InboxMark Mark()
    {
        lock (_gate)
        {
            return new InboxMark(_order, DateTimeOffset.UtcNow);
        }
    }

    /// <summary>Events after <paramref name="mark"/>, optionally only those on channels matching <paramref name="channel"/> (wildcards allowed).</summary>
    public IReadOnlyList<BayeuxEvent> Since(InboxMark mark, string? channel = null)
    {
        lock (_gate)
        {
            return [.. _events.Where(e => e.Order > mark.Order && OnChannel(e, channel))];
        }
    }

    public IReadOnlyList<SessionGap> GapsSince(InboxMark mark)
    {
        lock (_gate)
        {
            return [.. _gaps.Where(g => g.Order > mark.Order)];
        }
    }

    /// <summary>The first event after <paramref name="mark"/> that matches, waiting up to <paramref name="timeout"/>.</summary>
    public Task<BayeuxEvent> WaitForAsync(InboxMark mark, Func<BayeuxEvent, bool> predicate, string description, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForAsync(mark, null, predicate, description, timeout, cancellationToken);

    /// <summary>
    /// The first event after <paramref name="mark"/> on <paramref name="channel"/> (a name or wildcard pattern) that matches
    /// <paramref name="predicate"/>. On timeout throws <see cref="InboxExpectationException"/> listing every event that did
    /// arrive on that channel since the mark.
    /// </summary>
    public async Task<BayeuxEvent> WaitForAsync(InboxMark mark, string? channel, Func<BayeuxEvent, bool> predicate, string description, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var waiter = new Waiter(mark, e => OnChannel(e, channel) && predicate(e), 1);
        var found = await AwaitAsync(waiter, timeout, cancellationToken).ConfigureAwait(false);
        if (found.Count > 0)
        {
            return found[0];
        }
        throw new InboxExpectationException(
            $"Expected {description} on {channel ?? AnyChannel} within {Durations.Format(timeout)}{Environment.NewLine}" + Actual(mark, channel));
    }

    /// <summary>Waits until <paramref name="count"/> events on <paramref name="channel"/> arrived after <paramref name="mark"/>; returns them in order.</summary>
    public async Task<IReadOnlyList<BayeuxEvent>> WaitForCountAsync(InboxMark mark, string channel, int count, string description, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var waiter = new Waiter(mark, e => OnChannel(e, channel), count);
        var found = await AwaitAsync(waiter, timeout, cancellationToken).ConfigureAwait(false);
        if (found.Count >= count)
        {
            return found;
        }
        throw new InboxExpectationException(
            $"Expected {count} events ({description}) on {channel} within {Durations.Format(timeout)}{Environment.NewLine}" + Actual(mark, channel));
    }

    /// <summary>Asserts that nothing matching arrives after <paramref name="mark"/> during <paramref name="quietPeriod"/>; fails at the first match.</summary>
    public Task AssertNothingAsync(InboxMark mark, Func<BayeuxEvent, bool> predicate, string description, TimeSpan quietPeriod, CancellationToken cancellationToken = default) =>
        AssertNothingAsync(mark, null, predicate, description, quietPeriod, cancellationToken);

    /// <summary>As <see cref="AssertNothingAsync(InboxMark, Func{BayeuxEvent, bool}, string, TimeSpan, CancellationToken)"/>, restricted to <paramref name="channel"/>.</summary>
    public async Task AssertNothingAsync(InboxMark mark, string? channel, Func<BayeuxEvent, bool> predicate, string description, TimeSpan quietPeriod, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var waiter = new Waiter(mark, e => OnChannel(e, channel) && predicate(e), 1);
        var found = await AwaitAsync(waiter, quietPeriod, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return;
        }
        var text = new StringBuilder()
            .Append("Expected no ").Append(description).Append(" on ").Append(channel ?? AnyChannel)
            .Append(" during ").AppendLine(Durations.Format(quietPeriod))
            .Append("Actual: ").Append(found[0].Describe()).AppendLine(" matched");
        text.Append(Actual(mark, channel));
        throw new InboxExpectationException(text.ToString());
    }

    internal BayeuxEvent Add(string channel, JsonNode? data, ReadOnlyMemory<byte> raw, string? clientId, string transport, IReadOnlyList<string> subscriptions) =>
        Add(channel, data, default, raw, clientId, transport, subscriptions);

    /// <summary>Adds an event whose data is either the node <paramref name="data"/> or, when <paramref name="dataUtf8"/> is not empty, built from those bytes on first read.</summary>
    internal BayeuxEvent Add(string channel, JsonNode? data, ReadOnlyMemory<byte> dataUtf8, ReadOnlyMemory<byte> raw, string? clientId, string transport, IReadOnlyList<string> subscriptions)
    {
        List<Waiter>? satisfied = null;
        BayeuxEvent added;
        lock (_gate)
        {
            added = new BayeuxEvent
            {
                Order = ++_order,
                Channel = channel,
                Data = data,
                DataUtf8 = dataUtf8,
                ArrivedAt = DateTimeOffset.UtcNow,
                RawUtf8 = raw,
                ClientId = clientId,
                Transport = transport,
                Subscriptions = subscriptions,
            };
            _events.Add(added);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Offer(added))
                {
                    (satisfied ??= []).Add(_waiters[i]);
                    _waiters.RemoveAt(i);
                }
            }
        }
        if (satisfied is not null)
        {
            foreach (var waiter in satisfied)
            {
                waiter.Complete();
            }
        }
        return added;
    }

    /// <summary>Throws <see cref="InboxExpectationException"/> when a session gap was recorded after <paramref name="mark"/>: events may be missing.</summary>
    public void AssertNoGapSince(InboxMark mark)
    {
        var since = GapsSince(mark);
        if (since.Count > 0)
        {
            throw new InboxExpectationException(
                $"Expected no session loss since the mark{Environment.NewLine}Actual: " + string.Join("; ", since.Select(g => g.ToString())));
        }
    }

    /// <summary>The first session gap after <paramref name="mark"/>; throws <see cref="InboxExpectationException"/> when none comes in time.</summary>
    public async Task<SessionGap> WaitForGapAsync(InboxMark mark, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var gap = _gaps.FirstOrDefault(g => g.Order > mark.Order);
                if (gap is not null)
                {
                    return gap;
                }
                signal = _gapSignal.Task;
            }
            var left = deadline - DateTimeOffset.UtcNow;
            try
            {
                await signal.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new InboxExpectationException($"Expected a session gap within {Durations.Format(timeout)}{Environment.NewLine}Actual: none; {Since(mark).Count} events arrived since the mark.");
            }
        }
    }

    internal SessionGap AddGap(Func<long, SessionGap> create)
    {
        TaskCompletionSource signal;
        SessionGap gap;
        lock (_gate)
        {
            gap = create(++_order);
            _gaps.Add(gap);
            signal = _gapSignal;
            _gapSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
        return gap;
    }

    private async Task<IReadOnlyList<BayeuxEvent>> AwaitAsync(Waiter waiter, TimeSpan timeout, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var e in _events)
            {
                if (e.Order > waiter.Mark.Order && waiter.Offer(e))
                {
                    if (waiter.Error is not null)
                    {
                        throw new InboxExpectationException("The predicate threw while inspecting an event: " + waiter.Error.Message, waiter.Error);
                    }
                    return waiter.Found;
                }
            }
            _waiters.Add(waiter);
        }
        try
        {
            await waiter.Done.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Reported by the caller with the list of what did arrive.
        }
        lock (_gate)
        {
            _waiters.Remove(waiter);
            if (waiter.Error is not null)
            {
                throw new InboxExpectationException("The predicate threw while inspecting an event: " + waiter.Error.Message, waiter.Error);
            }
            return waiter.Found; // no longer offered anything: it left the waiters under this lock

        }
    }

    private string Actual(InboxMark mark, string? channel)
    {
        var arrived = Since(mark, channel);
        var text = new StringBuilder()
            .Append("Actual: ").Append(arrived.Count).Append(arrived.Count == 1 ? " event" : " events")
            .Append(" arrived").Append(channel is null ? string.Empty : " on " + channel).Append(" since the mark")
            .AppendLine(arrived.Count == 0 ? "." : ":");
        foreach (var e in arrived.Take(MaxListedEvents))
        {
            text.Append("  ").AppendLine(e.Describe());
        }
        if (arrived.Count > MaxListedEvents)
        {
            text.Append("  ... and ").Append(arrived.Count - MaxListedEvents).AppendLine(" more");
        }
        if (channel is not null)
        {
            var elsewhere = Since(mark).Count - arrived.Count;
            text.Append("  (").Append(elsewhere).AppendLine(" events arrived on other channels)");
        }
        foreach (var gap in GapsSince(mark))
        {
            text.Append("  ").AppendLine(gap.ToString());
        }
        return text.ToString();
    }

    private static bool OnChannel(BayeuxEvent e, string? channel) => channel is null || ChannelPattern.Matches(channel, e.Channel);

    private sealed class Waiter(InboxMark mark, Func<BayeuxEvent, bool> predicate, int wanted)
    {
        public InboxMark Mark { get; } = mark;

        public List<BayeuxEvent> Found { get; } = [];

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Takes the event if it matches; true once enough have been found.</summary>
        public bool Offer(BayeuxEvent e)
        {
            try
            {
                if (predicate(e))
                {
                    Found.Add(e);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A faulty predicate must not break delivery to the inbox; the waiting caller gets the exception.
                Error = ex;
                return true;
            }
            return Found.Count >= wanted;
        }

        public Exception? Error { get; private set; }

        public void Complete() => Done.TrySetResult();
    }
}
