namespace Conformance.Bayeux;

/// <summary>
/// The client's state with its history. Waiters see every transition, not only the current state, so a wait for
/// <see cref="BayeuxState.Connected"/> cannot miss a brief visit (the race described in github.com/cometd/cometd/issues/212).
/// </summary>
internal sealed class StateMachine
{
    private const int HistoryLimit = 200;

    private readonly object _gate = new();
    private readonly List<(BayeuxState State, DateTimeOffset At, string Reason)> _history = [(BayeuxState.Unconnected, DateTimeOffset.UtcNow, "created")];
    private readonly List<(HashSet<BayeuxState> States, TaskCompletionSource<BayeuxState> Done)> _waiters = [];

    public event Action<BayeuxState, string>? Changed;

    public BayeuxState Current
    {
        get
        {
            lock (_gate)
            {
                return _history[^1].State;
            }
        }
    }

    public void Set(BayeuxState state, string reason)
    {
        List<TaskCompletionSource<BayeuxState>>? satisfied = null;
        lock (_gate)
        {
            if (_history[^1].State == state)
            {
                return;
            }
            if (_history[^1].State == BayeuxState.Disconnected)
            {
                return; // final
            }
            _history.Add((state, DateTimeOffset.UtcNow, reason));
            if (_history.Count > HistoryLimit)
            {
                _history.RemoveAt(1);
            }
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].States.Contains(state))
                {
                    (satisfied ??= []).Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }
        if (satisfied is not null)
        {
            foreach (var done in satisfied)
            {
                done.TrySetResult(state);
            }
        }
        Changed?.Invoke(state, reason);
    }

    public async Task<BayeuxState> WaitAsync(TimeSpan timeout, IReadOnlyCollection<BayeuxState> states, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<BayeuxState>(states);
        var done = new TaskCompletionSource<BayeuxState>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (wanted.Contains(_history[^1].State))
            {
                return _history[^1].State;
            }
            _waiters.Add((wanted, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }
            throw new TimeoutException(
                $"Expected state {string.Join(" or ", states)} within {Durations.Format(timeout)}{Environment.NewLine}Actual: {Describe()}");
        }
    }

    /// <summary>The current state and the recent transitions, for failure messages.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            return $"{_history[^1].State}; history: "
                + string.Join(" -> ", _history.TakeLast(12).Select(h => $"{h.State} at {h.At:HH:mm:ss.fff} ({h.Reason})"));
        }
    }
}
