using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Injection;
using Gherkin.Tests.Harness;

namespace Gherkin.Tests.Samples.Parallel;

/// <summary>
/// Proves scenarios overlap: the first arrival waits (bounded) until a second scenario is inside
/// at the same time. Also records the highest number inside at once.
/// </summary>
[RunScoped]
public sealed class Rendezvous(EventLog log) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private readonly TaskCompletionSource met = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private int inside;
    private int maxInside;

    public async Task MeetAsync()
    {
        lock (gate)
        {
            inside++;
            maxInside = Math.Max(maxInside, inside);
            if (inside >= 2)
            {
                met.TrySetResult();
            }
        }

        try
        {
            await met.Task.WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no second scenario ran alongside this one within {Deadline.TotalSeconds} s (at most {maxInside} inside at once)");
        }
        finally
        {
            lock (gate)
            {
                inside--;
            }
        }
    }

    public void Dispose() => log.Note($"max inside {maxInside}");
}

[Binding]
public sealed class ParallelSteps(Rendezvous rendezvous)
{
    [When("this scenario meets another one running at the same time")]
    public Task Meet() => rendezvous.MeetAsync();
}
