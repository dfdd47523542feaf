using System.Collections.Concurrent;
using Conformance.Reporting.Model;

namespace Conformance.Harness.Reports;

/// <summary>
/// Evidence for the reports, injected per scenario: attach what a reader needs to judge a failure.
/// An attachment made while a step runs belongs to that step, otherwise (hooks) to the scenario;
/// <see cref="ReportFeed"/> collects them when the step or scenario finishes. Safe from any thread.
/// </summary>
public sealed class ScenarioOutput
{
    private readonly ConcurrentQueue<Attachment> _pending = new();

    public void Attach(string name, string mediaType, string content) => _pending.Enqueue(new Attachment(name, mediaType, content));

    /// <summary>Everything attached since the last call.</summary>
    internal List<Attachment> Drain()
    {
        var drained = new List<Attachment>();
        while (_pending.TryDequeue(out var attachment))
        {
            drained.Add(attachment);
        }

        return drained;
    }
}
