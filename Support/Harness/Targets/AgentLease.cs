namespace Conformance.Harness.Targets;

/// <summary>One leased account; disposing it gives the account back.</summary>
public sealed class AgentLease(string account, AgentPool pool) : IDisposable
{
    private int _released;

    public string Account { get; } = account;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            pool.Release(Account);
        }
    }
}
