namespace MockServer.Tests.Bayeux.Support;

/// <summary>Bounded waits (RULES: every wait has a deadline, and its failure says what was seen).</summary>
internal static class Waiting
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);

    /// <summary>Polls <paramref name="condition"/> until true or the deadline; fails with <paramref name="describe"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, Func<string> describe, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? Generous);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"condition not met within {(within ?? Generous).TotalSeconds} s; {describe()}");
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Awaits a task with a deadline; fails saying what was awaited.</summary>
    public static async Task<T> WithinAsync<T>(Task<T> task, string what, TimeSpan? within = null)
    {
        var limit = within ?? Generous;
        try
        {
            return await task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new AssertionException($"{what} did not complete within {limit.TotalSeconds} s");
        }
    }
}
