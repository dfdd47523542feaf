using System.Collections.Concurrent;
using Conformance.Bayeux.Transport;

namespace Conformance.Bayeux;

/// <summary>
/// A Bayeux (CometD) client for a test harness: it loses nothing it could keep, and records what it could not
/// (the harness judges a server by what it pushes; see README.md "Guarantees"). Typical use:
/// <code>
/// await using var client = new BayeuxClient(new BayeuxClientOptions { Endpoint = endpoint, CookieContainer = cookies });
/// await client.HandshakeAsync(ct);
/// await client.SubscribeAsync("/v2/me/chats", ct);
/// var mark = client.Inbox.Mark();
/// // ... trigger something ...
/// var evt = await client.Inbox.WaitForAsync(mark, "/v2/me/chats", e => ..., "the chat started", TimeSpan.FromSeconds(10));
/// </code>
/// </summary>
public sealed partial class BayeuxClient : IAsyncDisposable
{
    private readonly BayeuxClientOptions _options;
    private readonly HttpSetup _http;
    private readonly IReadOnlyList<IBayeuxTransport> _candidates;
    private readonly Listener _listener;
    private readonly StateMachine _state = new();
    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly List<IBayeuxExtension> _extensions;
    private readonly object _sessionGate = new();
    private readonly List<string> _desired = [];
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _transportLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationTokenSource _stopping = new();
    private long _messageId;
    private int _subscriptionsVersion;
    private Session? _session;
    private TaskCompletionSource _sessionSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sessionEpoch;
    private IBayeuxTransport? _current;
    private HashSet<string>? _serverConnectionTypes;
    private Task? _loop;
    private string _lastFailure = "none";
    private BayeuxReply? _lastHandshakeReply;
    private int _disposed;

    public BayeuxClient(BayeuxClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var redaction = new Redaction(options.RedactedHeaders);
        Traffic = new TrafficLog(options.TrafficCapacity);
        _http = new HttpSetup(options.Endpoint, options.HttpHandler, options.CookieContainer, new Dictionary<string, string>(options.Headers, StringComparer.OrdinalIgnoreCase), redaction);
        _candidates = options.Transports?.Invoke(_http) ?? DefaultTransports(_http, options.PreferWebSocket);
        if (_candidates.Count == 0)
        {
            throw new ArgumentException("At least one transport is needed.", nameof(options));
        }
        _extensions = [.. options.Extensions];
        _listener = new Listener(this);
    }

    /// <summary>Every delivered event and every session gap, in arrival order.</summary>
    public BayeuxInbox Inbox { get; } = new();

    /// <summary>All requests and replies (credentials redacted), for the reports.</summary>
    public TrafficLog Traffic { get; }

    /// <summary>Windows in which the session was lost and events may be missing.</summary>
    public IReadOnlyList<SessionGap> Gaps => Inbox.Gaps;

    public BayeuxState State => _state.Current;

    /// <summary>The current state and recent transitions, for failure messages.</summary>
    public string StateDescription => _state.Describe();

    /// <summary>Raised on every state change (state, reason). Handlers run on the client's thread and must be quick.</summary>
    public event Action<BayeuxState, string>? StateChanged
    {
        add => _state.Changed += value;
        remove => _state.Changed -= value;
    }

    /// <summary>The current session's clientId, or null between sessions.</summary>
    public string? ClientId
    {
        get
        {
            lock (_sessionGate)
            {
                return _session?.ClientId;
            }
        }
    }

    /// <summary>The connection type in use (long-polling, websocket), or null before the first request.</summary>
    public string? ConnectionType => _current?.ConnectionType;

    /// <summary>Whether the server accepted the ack extension for the current session.</summary>
    public bool AckEnabled
    {
        get
        {
            lock (_processGate)
            {
                return _ack.Enabled;
            }
        }
    }

    /// <summary>How many redelivered copies (ack extension) were dropped.</summary>
    public int RedeliveriesDropped
    {
        get
        {
            lock (_processGate)
            {
                return _ack.Redelivered;
            }
        }
    }

    /// <summary>How many copies of one event, sent once per overlapping subscription, were dropped (docs/cometd-behaviour.md#overlapping-subscriptions).</summary>
    public int OverlapDuplicatesDropped
    {
        get
        {
            lock (_processGate)
            {
                return _overlapDropped;
            }
        }
    }

    /// <summary>The subscriptions the client keeps (restored after every re-handshake).</summary>
    public IReadOnlyList<string> Subscriptions
    {
        get
        {
            lock (_sessionGate)
            {
                return [.. _desired];
            }
        }
    }

    /// <summary>This client's private BAYEUX_BROWSER cookie, if the server set one (docs/cometd-behaviour.md#browser-cookie).</summary>
    public string? BrowserCookie => _http.Cookies.BrowserCookie(_options.Endpoint);

    /// <summary>Adds a message hook (as CometD's <c>ClientSession.Extension</c>); it applies from the next message on.</summary>
    public void AddExtension(IBayeuxExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        lock (_extensions)
        {
            _extensions.Add(extension);
        }
    }

    /// <summary>
    /// Starts the session and waits until the first connect is answered (<see cref="BayeuxState.Connected"/>).
    /// Throws <see cref="BayeuxRequestException"/> when the server denies the handshake, <see cref="TimeoutException"/>
    /// when it is not connected within <see cref="BayeuxClientOptions.HandshakeTimeout"/> (the client keeps retrying).
    /// </summary>
    public async Task HandshakeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        lock (_sessionGate)
        {
            if (_state.Current == BayeuxState.Disconnected)
            {
                throw new InvalidOperationException("This client was disconnected; create a new one.");
            }
            _loop ??= Task.Run(() => RunAsync(_lifetime.Token), CancellationToken.None);
        }
        BayeuxState reached;
        try
        {
            reached = await _state.WaitAsync(_options.HandshakeTimeout, [BayeuxState.Connected, BayeuxState.Disconnected], cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}{Environment.NewLine}Last failure: {_lastFailure}", ex);
        }
        if (reached == BayeuxState.Disconnected)
        {
            throw new BayeuxRequestException($"Handshake failed: {_lastFailure}", _lastHandshakeReply);
        }
    }

    /// <summary>Waits until the client is in one of <paramref name="states"/>; throws <see cref="TimeoutException"/> naming the actual state and history.</summary>
    public Task<BayeuxState> WaitForStateAsync(TimeSpan timeout, params BayeuxState[] states) =>
        _state.WaitAsync(timeout, states, CancellationToken.None);

    /// <summary>As <see cref="WaitForStateAsync(TimeSpan, BayeuxState[])"/>, with an absolute deadline.</summary>
    public Task<BayeuxState> WaitForStateAsync(DateTimeOffset deadline, params BayeuxState[] states) =>
        _state.WaitAsync(Remaining(deadline), states, CancellationToken.None);

    public Task<BayeuxState> WaitForStateAsync(TimeSpan timeout, IReadOnlyCollection<BayeuxState> states, CancellationToken cancellationToken) =>
        _state.WaitAsync(timeout, states, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        try
        {
            await DisconnectAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BayeuxTransportException or OperationCanceledException or TimeoutException)
        {
            Traffic.Record(TrafficDirection.Note, "client", "disconnect on dispose failed: " + ex.Message);
        }
        await _lifetime.CancelAsync().ConfigureAwait(false);
        foreach (var transport in _candidates)
        {
            await transport.DisposeAsync().ConfigureAwait(false);
        }
        _http.Dispose();
        _transportLock.Dispose();
        _lifetime.Dispose();
        _stopping.Dispose();
    }

    private static IReadOnlyList<IBayeuxTransport> DefaultTransports(HttpSetup http, bool preferWebSocket) =>
        preferWebSocket ? [new WebSocketTransport(http), new LongPollingTransport(http)] : [new LongPollingTransport(http)];

    private static TimeSpan Remaining(DateTimeOffset deadline)
    {
        var left = deadline - DateTimeOffset.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private string NextId() => Interlocked.Increment(ref _messageId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Session(string ClientId, long Epoch);

    private sealed class Pending(IBayeuxTransport transport)
    {
        public IBayeuxTransport Transport { get; } = transport;

        public TaskCompletionSource<System.Text.Json.Nodes.JsonObject> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Listener(BayeuxClient client) : ITransportListener
    {
        public void OnMessages(ReceivedArray messages, IBayeuxTransport transport) => client.ProcessIncoming(messages, transport);

        public void OnFailure(BayeuxTransportException failure, IBayeuxTransport transport) => client.FailPending(failure, transport);

        public void OnNote(string text, IBayeuxTransport transport) => client.Traffic.Record(TrafficDirection.Note, transport.ConnectionType, text);

        public void OnNote(Func<string> render, IBayeuxTransport transport) => client.Traffic.Record(TrafficDirection.Note, transport.ConnectionType, render);
    }
}
