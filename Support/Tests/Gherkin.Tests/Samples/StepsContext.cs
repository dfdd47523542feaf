using System.Collections.Concurrent;

namespace Gherkin.Tests.Samples;

/// <summary>A scenario context as the suite's are: injected, typed, disposable; it logs its life.</summary>
public sealed class StepsContext : IDisposable
{
    private static int _counter;

    public StepsContext()
    {
        Id = Interlocked.Increment(ref _counter);
        SampleLog.Entries.Enqueue($"created {Id}");
    }

    public int Id { get; }

    public ConcurrentQueue<string> Steps { get; } = new();

    public void Dispose() => SampleLog.Entries.Enqueue($"disposed {Id}");
}
