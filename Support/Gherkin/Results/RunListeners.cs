using System.Collections.Concurrent;

namespace Conformance.Gherkin.Results;

/// <summary>
/// The reporters of one run. Register with <see cref="Add"/> in a [BeforeTestRun] hook (or with
/// [assembly: RunListener]). A listener that throws does not stop the run; its errors fail the run
/// fixture's teardown instead, so they are not lost.
/// </summary>
public sealed class RunListeners
{
    private readonly ConcurrentQueue<IRunListener> listeners = new();
    private readonly ConcurrentQueue<string> errors = new();

    public void Add(IRunListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        listeners.Enqueue(listener);
    }

    public int Count => listeners.Count;

    internal IReadOnlyCollection<string> Errors => errors;

    internal void Publish(string eventName, Action<IRunListener> raise)
    {
        foreach (var listener in listeners)
        {
            try
            {
                raise(listener);
            }
            catch (Exception e)
            {
                errors.Enqueue($"{listener.GetType().FullName}.{eventName} threw {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
