using System.Text.Json.Nodes;
using Conformance.MockServer.Bayeux;

namespace MockServer.Tests.Support;

/// <summary>Stands in for the Bayeux server in domain tests: records every publication, in order.</summary>
internal sealed class RecordingPublisher : INotificationPublisher
{
    private readonly object _gate = new();
    private readonly List<Published> _all = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Publish(string userId, string channel, JsonObject data)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _all.Add(new Published(userId, channel, data.DeepClone().AsObject()));
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>Waits until a publication since <paramref name="mark"/> matches, or the deadline passes (then what arrived).</summary>
    public async Task<IReadOnlyList<Published>> WaitForAsync(int mark, string userId, Func<Published, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            var since = Since(mark, userId);
            if (since.Any(match))
            {
                return since;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return Since(mark, userId);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _all.Count;
            }
        }
    }

    public IReadOnlyList<Published> Since(int mark, string? userId = null)
    {
        lock (_gate)
        {
            return [.. _all.Skip(mark).Where(p => userId is null || p.UserId == userId)];
        }
    }
}
