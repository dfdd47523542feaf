using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MockBench;

/// <summary>
/// One generator process: its agents each hold a raw Bayeux long poll (handshake, subscribe, connect loop over
/// HttpClient), while operations are issued at a fixed rate on a clock of their own. Each operation goes to an idle agent
/// (one whose previous operation has been answered and whose notifications have all arrived); a tick that finds no idle
/// agent is counted, not delayed, so the schedule never waits for the server. Driven through stdin/stdout JSON lines by the coordinator.
/// </summary>
internal sealed class Worker : IAsyncDisposable
{
    private static readonly string[] Plan = ["offer", "accept", "send", "complete"];
    private readonly Target _target;
    private readonly HttpClient _http;
    private readonly Agent[] _agents;
    private readonly ConcurrentQueue<Agent> _idle = new();
    private readonly TimeSpan _deadline;
    private readonly int _messages;
    private readonly object _lostGate = new();
    private volatile bool _stopping;
    private int _lostSessions;
    private readonly object _strayGate = new();
    private int _strays;
    private string? _firstStray;
    private string? _firstLost;

    public Worker(Target target, int first, int count, int messages, TimeSpan deadline)
    {
        _target = target;
        _messages = messages;
        _deadline = deadline;
        // One handler for every agent: a held poll is one pooled connection; operations take idle ones or open more.
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        })
        { Timeout = TimeSpan.FromSeconds(90) };
        _agents = [.. Enumerable.Range(first, count).Select(i => new Agent("agent" + i.ToString("0000", CultureInfo.InvariantCulture)))];
    }

    public int LostSessions => Volatile.Read(ref _lostSessions);

    /// <summary>Handshake, subscribe and a first connect for every agent (at most 32 at once), then the connect loops.</summary>
    public async Task StartAsync(CancellationToken cancel)
    {
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(_agents.Select(async agent =>
        {
            await gate.WaitAsync(cancel);
            try
            {
                await StartAgentAsync(agent);
            }
            finally
            {
                gate.Release();
            }
        }));
        foreach (var agent in _agents)
        {
            _idle.Enqueue(agent);
            _ = PollAsync(agent);
        }
    }

    /// <summary>Issues <paramref name="rate"/> operations per second for <paramref name="seconds"/>, then waits (with the deadline) for the last ones.</summary>
    public async Task<JsonObject> RunRowAsync(double rate, double seconds)
    {
        var row = new RowStats();
        var cpuBefore = ProcStat.CpuMs("self");
        var lostBefore = LostSessions;
        int straysBefore;
        lock (_strayGate)
        {
            straysBefore = _strays;
            _firstStray = null;
        }
        var started = Stopwatch.GetTimestamp();
        using var sweeper = new Timer(_ => Sweep(false), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var scheduleSeconds = await Task.Factory.StartNew(() => Schedule(row, rate, seconds), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        row.Close();
        try
        {
            await row.Drained.WaitAsync(_deadline + TimeSpan.FromSeconds(1));
        }
        catch (TimeoutException)
        {
            Sweep(true);
        }
        var wallMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpuMs = ProcStat.CpuMs("self") - cpuBefore;
        int rowStrays;
        lock (_strayGate)
        {
            rowStrays = _strays - straysBefore;
        }
        lock (row)
        {
            return new JsonObject
            {
                ["event"] = "row",
                ["sent"] = row.Sent,
                ["noIdleAgent"] = row.NoIdleAgent,
                ["completed"] = row.Latencies.Count,
                // Operations sent per second of schedule: the span from the first to the last tick holds sent - 1 gaps, plus one period.
                ["achieved"] = row.Sent / (scheduleSeconds + 1 / rate),
                ["errors"] = row.Errors + rowStrays,
                ["firstError"] = row.FirstError ?? _firstStray,
                ["lostSessions"] = LostSessions - lostBefore,
                ["firstLost"] = _firstLost,
                ["lagMs"] = new JsonArray([.. row.LagMs.Select(l => (JsonNode)Math.Round(l, 3))]),
                ["latencies"] = new JsonArray([.. row.Latencies.Select(l => (JsonNode)Math.Round(l, 3))]),
                ["cpuMs"] = cpuMs,
                ["wallMs"] = wallMs,
            };
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        using var gate = new SemaphoreSlim(32);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await Task.WhenAll(_agents.Where(a => a.ClientId is not null).Select(async agent =>
            {
                await gate.WaitAsync(cancel.Token);
                try
                {
                    using var _ = await PostAsync(agent, "/disconnect", $$"""{"channel":"/meta/disconnect","clientId":"{{agent.ClientId}}","id":"{{agent.NextId()}}"}""", cancel.Token);
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException)
                {
                    // The server may already have dropped the session; the process ends anyway.
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        catch (OperationCanceledException)
        {
            // Deadline of the disconnects: the process ends and the server expires the rest.
        }
        _http.Dispose();
    }

    private double Schedule(RowStats row, double rate, double seconds)
    {
        var total = (long)Math.Round(rate * seconds);
        var start = Stopwatch.GetTimestamp();
        for (long k = 0; k < total; k++)
        {
            var due = start + (long)(k * Stopwatch.Frequency / rate);
            while (true)
            {
                var wait = due - Stopwatch.GetTimestamp();
                if (wait <= 0)
                {
                    break;
                }
                Thread.Sleep(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond / 2, wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
            }
            if (_idle.TryDequeue(out var agent))
            {
                Issue(agent, row, due);
            }
            else
            {
                lock (row)
                {
                    row.NoIdleAgent++;
                }
            }
        }
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private void Issue(Agent agent, RowStats row, long due)
    {
        var operation = Plan[Math.Min(agent.Step, Plan.Length - 1)];
        var start = Stopwatch.GetTimestamp();
        var op = new Op(operation, Target.EventsOf(operation), row, start);
        lock (agent)
        {
            agent.Pending = op;
        }
        row.Opened((start - due) * 1000.0 / Stopwatch.Frequency);
        _ = SendAsync(agent, op);
    }

    private async Task SendAsync(Agent agent, Op op)
    {
        try
        {
            var (url, body, authenticated) = _target.Operation(agent.Name, op.Operation, agent.ChatId);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (authenticated)
            {
                request.Headers.TryAddWithoutValidation("Authorization", Target.Authorization(agent.Name));
                AddCookies(agent, request);
            }
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (authenticated)
            {
                KeepCookies(agent, response);
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{op.Operation}: HTTP {(int)response.StatusCode} {Truncate(text)}");
            }
            var answer = JsonNode.Parse(text)!;
            if (answer["statusCode"]?.GetValue<int>() != 0)
            {
                throw new InvalidOperationException($"{op.Operation}: {Truncate(text)}");
            }
            if (op.Operation == "offer" && _target.IsMock)
            {
                agent.ChatId = answer["interactionId"]?.GetValue<string>() ?? throw new InvalidOperationException("offer: no interactionId in " + Truncate(text));
            }
            lock (agent)
            {
                op.Responded = true;
                if (agent.Pending == op && op.EventsLeft == 0)
                {
                    Finish(agent, op);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or JsonException)
        {
            Fail(agent, op, $"{agent.Name} {op.Operation}: {e.GetType().Name}: {e.Message}{(e.InnerException is null ? "" : " (" + e.InnerException.Message + ")")}");
        }
    }

    /// <summary>Called with the agent locked: the operation is answered and all its notifications arrived.</summary>
    private void Finish(Agent agent, Op op)
    {
        agent.Pending = null;
        agent.Step = op.Operation == "send" && agent.MessagesSent + 1 < _messages ? agent.Step : agent.Step + 1;
        agent.MessagesSent = op.Operation == "send" ? agent.MessagesSent + 1 : 0;
        if (agent.Step >= Plan.Length)
        {
            agent.Step = 0;
        }
        op.Row.Closed((op.LastEvent - op.Start) * 1000.0 / Stopwatch.Frequency);
        _idle.Enqueue(agent);
    }

    /// <summary>An operation that failed or passed its deadline: the agent's chat is in an unknown state, so it is retired.</summary>
    private static void Fail(Agent agent, Op op, string cause)
    {
        lock (agent)
        {
            if (agent.Pending != op)
            {
                return;
            }
            agent.Pending = null;
            agent.Retired = true;
        }
        op.Row.Failed(cause);
    }

    private void Sweep(bool all)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var agent in _agents)
        {
            Op? op;
            lock (agent)
            {
                op = agent.Pending;
            }
            if (op is not null && (all || (now - op.Start) > _deadline.TotalSeconds * Stopwatch.Frequency))
            {
                Fail(agent, op, $"{agent.Name} {op.Operation}: {Target.EventsOf(op.Operation) - op.EventsLeft} of {Target.EventsOf(op.Operation)} notifications and {(op.Responded ? "the" : "no")} response within {_deadline.TotalSeconds:0} s");
            }
        }
    }

    private async Task StartAgentAsync(Agent agent)
    {
        var channel = _target.Channel(agent.Name);
        using (var handshake = await PostAsync(agent, "/handshake", $$"""{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"],"id":"{{agent.NextId()}}"}""", CancellationToken.None))
        {
            var reply = handshake.RootElement[0];
            if (!reply.TryGetProperty("successful", out var ok) || !ok.GetBoolean())
            {
                throw new InvalidOperationException($"{agent.Name}: handshake refused: {reply}");
            }
            agent.ClientId = reply.GetProperty("clientId").GetString();
        }
        using (var subscribe = await PostAsync(agent, "/subscribe", $$"""{"channel":"/meta/subscribe","subscription":"{{channel}}","clientId":"{{agent.ClientId}}","id":"{{agent.NextId()}}"}""", CancellationToken.None))
        {
            var reply = subscribe.RootElement[0];
            if (!reply.TryGetProperty("successful", out var ok) || !ok.GetBoolean())
            {
                throw new InvalidOperationException($"{agent.Name}: subscribe to {channel} refused: {reply}");
            }
        }
        // The first connect returns at once (advice timeout 0), as CometD clients do.
        using var first = await PostAsync(agent, "/connect", $$"""{"channel":"/meta/connect","connectionType":"long-polling","advice":{"timeout":0},"clientId":"{{agent.ClientId}}","id":"{{agent.NextId()}}"}""", CancellationToken.None);
        Deliver(agent, first);
    }

    private async Task PollAsync(Agent agent)
    {
        while (!_stopping && !agent.Retired)
        {
            try
            {
                using var replies = await PostAsync(agent, "/connect", $$"""{"channel":"/meta/connect","connectionType":"long-polling","clientId":"{{agent.ClientId}}","id":"{{agent.NextId()}}"}""", CancellationToken.None);
                Deliver(agent, replies);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or JsonException)
            {
                if (!_stopping)
                {
                    Lost(agent, $"{agent.Name}: connect failed: {e.GetType().Name}: {e.Message}");
                }
                return;
            }
        }
    }

    private void Deliver(Agent agent, JsonDocument replies)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var message in replies.RootElement.EnumerateArray())
        {
            var channel = message.GetProperty("channel").GetString()!;
            if (channel.StartsWith("/meta/", StringComparison.Ordinal))
            {
                if (message.TryGetProperty("successful", out var ok) && !ok.GetBoolean())
                {
                    Lost(agent, $"{agent.Name}: {channel} refused: {message}");
                }
                continue;
            }
            lock (agent)
            {
                if (agent.Retired)
                {
                    // A retired agent's operation already counted as an error; its late notifications are not counted again.
                    continue;
                }
                var op = agent.Pending;
                if (op is null || op.EventsLeft == 0)
                {
                    // A notification no operation of this agent caused (or one too many): an error of the row running now.
                    lock (_strayGate)
                    {
                        _strays++;
                        _firstStray ??= Truncate($"{agent.Name}: unexpected {message}");
                    }
                    continue;
                }
                op.EventsLeft--;
                op.LastEvent = now;
                if (op.EventsLeft == 0 && op.Responded)
                {
                    Finish(agent, op);
                }
            }
        }
    }

    private void Lost(Agent agent, string cause)
    {
        Interlocked.Increment(ref _lostSessions);
        lock (_lostGate)
        {
            _firstLost ??= Truncate(cause);
        }
        agent.Retired = true;
        Op? op;
        lock (agent)
        {
            op = agent.Pending;
        }
        if (op is not null)
        {
            Fail(agent, op, cause);
        }
    }

    private async Task<JsonDocument> PostAsync(Agent agent, string path, string message, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _target.Endpoint + path) { Content = new StringContent("[" + message + "]", Encoding.UTF8, "application/json") };
        if (_target.IsMock)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Target.Authorization(agent.Name));
        }
        AddCookies(agent, request);
        using var response = await _http.SendAsync(request, cancel);
        KeepCookies(agent, response);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: HTTP {(int)response.StatusCode} {Truncate(Encoding.UTF8.GetString(bytes))}");
        }
        return JsonDocument.Parse(bytes);
    }

    /// <summary>Each agent keeps its own cookies like a browser (BAYEUX_BROWSER ties its long polls; JSESSIONID its HTTP session).</summary>
    private static void AddCookies(Agent agent, HttpRequestMessage request)
    {
        lock (agent.Cookies)
        {
            if (agent.Cookies.Count > 0)
            {
                request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", agent.Cookies.Values));
            }
        }
    }

    private static void KeepCookies(Agent agent, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }
        lock (agent.Cookies)
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';')[0];
                agent.Cookies[pair.Split('=')[0]] = pair;
            }
        }
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private sealed class Agent(string name)
    {
        private int _id;

        public string Name { get; } = name;

        public string? ClientId { get; set; }

        public Dictionary<string, string> Cookies { get; } = [];

        public string? ChatId { get; set; }

        public int Step { get; set; }

        public int MessagesSent { get; set; }

        public volatile bool Retired;

        public Op? Pending { get; set; }

        public string NextId() => Interlocked.Increment(ref _id).ToString(CultureInfo.InvariantCulture);
    }

    private sealed class Op(string operation, int events, RowStats row, long start)
    {
        public string Operation { get; } = operation;

        public RowStats Row { get; } = row;

        public long Start { get; } = start;

        public int EventsLeft { get; set; } = events;

        public long LastEvent { get; set; }

        public bool Responded { get; set; }
    }

    private sealed class RowStats
    {
        private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _closed;
        private int _outstanding;

        public List<double> Latencies { get; } = [];

        public List<double> LagMs { get; } = [];

        public long Sent { get; private set; }

        public long NoIdleAgent { get; set; }

        public int Errors { get; private set; }

        public string? FirstError { get; private set; }

        public Task Drained => _drained.Task;

        public void Opened(double lagMs)
        {
            lock (this)
            {
                Sent++;
                _outstanding++;
                LagMs.Add(lagMs);
            }
        }

        public void Closed(double latencyMs)
        {
            lock (this)
            {
                Latencies.Add(latencyMs);
                Done();
            }
        }

        public void Failed(string cause)
        {
            lock (this)
            {
                Errors++;
                FirstError ??= Truncate(cause);
                Done();
            }
        }

        public void Close()
        {
            lock (this)
            {
                _closed = true;
                if (_outstanding == 0)
                {
                    _drained.TrySetResult();
                }
            }
        }

        private void Done()
        {
            if (--_outstanding == 0 && _closed)
            {
                _drained.TrySetResult();
            }
        }
    }
}
