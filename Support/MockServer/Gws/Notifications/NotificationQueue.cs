using System.Text.Json.Nodes;
using System.Threading.Channels;
using Conformance.GwsProtocol;
using Conformance.MockServer.Bayeux;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Notifications;

/// <summary>
/// The server's one ordered work queue of notifications, so every agent sees them in the order they happened. Operations enqueue their batch
/// while they hold the state lock, so batches leave in the order the state changed. A batch may wait
/// for a gate (the HTTP response having been sent), so the answer to a request goes out before the
/// notifications it causes. <see cref="WhenDrainedAsync"/> is the control API's barrier.
/// </summary>
public sealed class NotificationQueue : IAsyncDisposable
{
    /// <summary>A gate that never opens (a client gone mid-response) must not stall the queue for ever.</summary>
    private static readonly TimeSpan GateDeadline = TimeSpan.FromSeconds(10);

    private readonly Channel<WorkItem> _channel = Channel.CreateUnbounded<WorkItem>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly INotificationPublisher _publisher;
    private readonly DeviationSwitches _deviations;
    private readonly DeviationFilters _filters;
    private readonly Task _worker;

    internal NotificationQueue(INotificationPublisher publisher, DeviationSwitches deviations, DeviationFilters filters)
    {
        _publisher = publisher;
        _deviations = deviations;
        _filters = filters;
        _worker = Task.Run(RunAsync);
    }

    internal void Enqueue(IReadOnlyList<OutgoingNotification> batch, Task? gate)
    {
        if (batch.Count > 0)
        {
            _channel.Writer.TryWrite(new WorkItem(batch, gate, null));
        }
    }

    /// <summary>Completes once every notification enqueued before the call has been handed to the publisher.</summary>
    public Task WhenDrainedAsync(CancellationToken cancellationToken)
    {
        var marker = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_channel.Writer.TryWrite(new WorkItem([], null, marker)))
        {
            marker.TrySetResult();
        }

        return marker.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _worker;
    }

    private async Task RunAsync()
    {
        await foreach (var item in _channel.Reader.ReadAllAsync())
        {
            if (item.Gate is { } gate)
            {
                await Task.WhenAny(gate, Task.Delay(GateDeadline));
            }

            foreach (var notification in _filters.Notifications([.. Shape(item.Batch)]))
            {
                if (_filters.IsDelayed(notification))
                {
                    // The deviation itself: this one arrives past the client's deadline; the queue goes on,
                    // so one held notification does not hold every other agent's.
                    _ = PublishLaterAsync(notification);
                    continue;
                }

                Publish(notification);
            }

            item.Marker?.TrySetResult();
        }
    }

    private async Task PublishLaterAsync(OutgoingNotification notification)
    {
        await Task.Delay(_filters.Delay);
        Publish(notification);
    }

    private void Publish(OutgoingNotification notification)
    {
        try
        {
            _publisher.Publish(notification.UserId, notification.Topic, notification.Data);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One failed delivery (a session being torn down) must not stop the queue for everyone.
        }
    }

    /// <summary>Applies the deviations that concern delivery (see <see cref="Deviation"/>).</summary>
    private IEnumerable<OutgoingNotification> Shape(IReadOnlyList<OutgoingNotification> batch)
    {
        IEnumerable<OutgoingNotification> items = batch;
        if (_deviations.IsOn(Deviation.SkipMessageLogUpdated))
        {
            items = items.Where(n => n.Data[NotificationFields.MessageType]?.GetValue<string>() != MessageTypes.MessageLogUpdated);
        }

        if (_deviations.IsOn(Deviation.WrongOrder))
        {
            items = items.Reverse();
        }

        if (_deviations.IsOn(Deviation.DropReferenceId))
        {
            items = items.Select(n => n with { Data = WithoutReferenceId(n.Data) });
        }

        return items;
    }

    private static JsonObject WithoutReferenceId(JsonObject data)
    {
        data.Remove(NotificationFields.ReferenceId);
        return data;
    }

    private sealed record WorkItem(IReadOnlyList<OutgoingNotification> Batch, Task? Gate, TaskCompletionSource? Marker);
}
