using System.Collections.Concurrent;

namespace Gherkin.Tests.Samples;

/// <summary>What the sample bindings did, for the tests to read after the in-process run (test code only).</summary>
public static class SampleLog
{
    public static ConcurrentQueue<string> Entries { get; } = new();
}
