using Conformance.MockServer.Hosting.Memory;

namespace MockServer.Tests.Robustness;

/// <summary>When the idle mock gives memory back: after the quiet period, once, and only after enough allocation.</summary>
public class IdleMemoryPolicyTests
{
    private const long Enough = IdleMemoryPolicy.MinAllocatedBytes;
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(double seconds) => T0.AddSeconds(seconds);

    [Test]
    public void Releases_once_after_the_quiet_period_and_not_again_without_new_allocation()
    {
        var policy = new IdleMemoryPolicy(TimeSpan.FromSeconds(10));
        Assert.That(policy.ShouldRelease(100, Enough, At(0)), Is.False, "the first look only notes the activity");
        Assert.That(policy.ShouldRelease(100, Enough, At(9.9)), Is.False, "Expected: no release before 10 s of quiet / Actual: released at 9.9 s");
        Assert.That(policy.ShouldRelease(100, Enough, At(10)), Is.True, "Expected: a release after 10 s with no request / Actual: none");
        Assert.That(policy.ShouldRelease(100, Enough, At(11)), Is.False, "Expected: one release per quiet period / Actual: a second one");
        Assert.That(policy.ShouldRelease(100, Enough + 1024, At(60)), Is.False, "a few KB allocated since is not worth a full collection");
    }

    [Test]
    public void A_request_restarts_the_quiet_period()
    {
        var policy = new IdleMemoryPolicy(TimeSpan.FromSeconds(10));
        policy.ShouldRelease(1, Enough, At(0));
        Assert.That(policy.ShouldRelease(2, Enough, At(8)), Is.False, "a request arrived");
        Assert.That(policy.ShouldRelease(2, Enough, At(17)), Is.False, "Expected: quiet counted from the last request (8 s) / Actual: released at 17 s");
        Assert.That(policy.ShouldRelease(2, Enough, At(18)), Is.True);
    }

    [Test]
    public void Releases_again_after_new_load_and_a_new_quiet_period()
    {
        var policy = new IdleMemoryPolicy(TimeSpan.FromSeconds(10));
        policy.ShouldRelease(1, Enough, At(0));
        Assert.That(policy.ShouldRelease(1, Enough, At(10)), Is.True);
        Assert.That(policy.ShouldRelease(500, 3 * Enough, At(20)), Is.False, "new load");
        Assert.That(policy.ShouldRelease(500, 3 * Enough, At(30)), Is.True, "Expected: a release after the new burst's quiet period / Actual: none");
    }

    [Test]
    public void Nothing_allocated_means_nothing_to_release()
    {
        var policy = new IdleMemoryPolicy(TimeSpan.FromSeconds(10));
        policy.ShouldRelease(1, Enough - 1, At(0));
        Assert.That(policy.ShouldRelease(1, Enough - 1, At(3600)), Is.False,
            "Expected: no collection while under 16 MB were allocated / Actual: one");
    }
}
