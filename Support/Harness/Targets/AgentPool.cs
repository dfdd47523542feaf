namespace Conformance.Harness.Targets;

/// <summary>
/// The target's agent accounts, leased one per scenario role so scenarios running in parallel never
/// share an agent (scenarios are isolated from each other). A lease waits for a free account up to a deadline.
/// </summary>
public sealed class AgentPool
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _leased = new(StringComparer.Ordinal);
    private readonly List<string> _accounts;
    private readonly HashSet<string> _special;
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="accounts">Ordinary accounts, any of which can play any role.</param>
    /// <param name="special">Accounts leased only by name (e.g. the one with no IM device).</param>
    public AgentPool(IEnumerable<string> accounts, IEnumerable<string> special)
    {
        _special = new HashSet<string>(special, StringComparer.Ordinal);
        _accounts = [.. accounts.Where(a => !_special.Contains(a)).Distinct(StringComparer.Ordinal)];
    }

    public int Size => _accounts.Count;

    /// <summary>Any free ordinary account.</summary>
    public Task<AgentLease> LeaseAnyAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        LeaseAsync(() => _accounts.FirstOrDefault(a => !_leased.Contains(a)), "any agent account", timeout, cancellationToken);

    /// <summary>Any free one of <paramref name="accounts"/> (e.g. the profile's supervisor accounts).</summary>
    public Task<AgentLease> LeaseAnyOfAsync(IReadOnlyList<string> accounts, string what, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        LeaseAsync(() => accounts.FirstOrDefault(a => !_leased.Contains(a)), what, timeout, cancellationToken);

    /// <summary>One particular account (a special one, such as the agent with no IM device).</summary>
    public Task<AgentLease> LeaseAsync(string account, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        LeaseAsync(() => _leased.Contains(account) ? null : account, $"the account {account}", timeout, cancellationToken);

    private async Task<AgentLease> LeaseAsync(Func<string?> pick, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task released;
            lock (_gate)
            {
                if (pick() is { } account)
                {
                    _leased.Add(account);
                    return new AgentLease(account, this);
                }

                released = _released.Task;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                string inUse;
                lock (_gate)
                {
                    inUse = string.Join(", ", _leased.Order(StringComparer.Ordinal));
                }

                throw new TimeoutException($"Expected {what} to be free within {timeout.TotalSeconds:0} s; all leased: {inUse}");
            }

            // Wakes on the next release, or gives up at the deadline (RULES: every wait has one).
            await Task.WhenAny(released, Task.Delay(left, cancellationToken));
        }
    }

    internal void Release(string account)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            _leased.Remove(account);
            released = _released;
            _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.TrySetResult();
    }
}
