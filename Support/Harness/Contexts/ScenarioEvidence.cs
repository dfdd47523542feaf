using System.Collections.Concurrent;
using Conformance.Harness.Http;

namespace Conformance.Harness.Contexts;

/// <summary>
/// What a scenario keeps for the reports: every HTTP exchange, in
/// order, credentials already redacted by <see cref="GwsHttpSession"/>. Exchanges made by informational
/// probes are kept apart from the schema sweep: they record, they do not judge.
/// </summary>
public sealed class ScenarioEvidence
{
    private readonly ConcurrentQueue<(HttpExchange Exchange, bool Probe)> _exchanges = new();

    /// <summary>Set by the exchange currently being made as a probe (one request at a time per scenario).</summary>
    public bool Probing { get; set; }

    /// <summary>Once the scenario's evidence is attached, clean-up traffic is no longer recorded.</summary>
    public bool Closed { get; set; }

    public void Record(HttpExchange exchange)
    {
        if (!Closed)
        {
            _exchanges.Enqueue((exchange, Probing));
        }
    }

    public IReadOnlyList<HttpExchange> Exchanges => [.. _exchanges.Select(e => e.Exchange)];

    public IReadOnlyList<HttpExchange> JudgedExchanges => [.. _exchanges.Where(e => !e.Probe).Select(e => e.Exchange)];
}
