using Conformance.Harness.Targets;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>Scenarios in parallel never share an agent; a lease waits for a release, within a deadline.</summary>
[TestFixture]
[Category("self-check")]
public sealed class AgentPoolChecks
{
    private static readonly string[] AB = ["a", "b"];

    [Test]
    public async Task Leases_are_exclusive_and_special_accounts_are_leased_only_by_name()
    {
        var pool = new AgentPool(["a", "b", "noim"], ["noim"]);
        using var first = await pool.LeaseAnyAsync(TimeSpan.FromSeconds(10));
        using var second = await pool.LeaseAnyAsync(TimeSpan.FromSeconds(10));
        Assert.That(new[] { first.Account, second.Account }, Is.EquivalentTo(AB));
        var error = Assert.ThrowsAsync<TimeoutException>(() => pool.LeaseAnyAsync(TimeSpan.FromMilliseconds(200)));
        Assert.That(error!.Message, Does.Contain("all leased: a, b"));
        using var special = await pool.LeaseAsync("noim", TimeSpan.FromSeconds(10));
        Assert.That(special.Account, Is.EqualTo("noim"));
    }

    [Test]
    public async Task A_waiting_lease_gets_the_released_account()
    {
        var pool = new AgentPool(["a"], []);
        var held = await pool.LeaseAnyAsync(TimeSpan.FromSeconds(10));
        var waiting = pool.LeaseAnyAsync(TimeSpan.FromSeconds(15));
        Assert.That(waiting.IsCompleted, Is.False);
        held.Dispose();
        using var next = await waiting;
        Assert.That(next.Account, Is.EqualTo("a"));
    }
}
