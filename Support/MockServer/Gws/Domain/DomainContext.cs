using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Notifications;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>What every operation needs: the state, the directory, rendering, the queue and the clock.</summary>
internal sealed class DomainContext(
    GwsState state,
    UserDirectory directory,
    ResourceJson json,
    TopicMap topics,
    DeviationSwitches deviations,
    NotificationQueue queue,
    ApiLinks links,
    TimeProvider clock)
{
    public GwsState State { get; } = state;
    public UserDirectory Directory { get; } = directory;
    public ResourceJson Json { get; } = json;
    public DeviationSwitches Deviations { get; } = deviations;
    public ApiLinks Links { get; } = links;

    public DateTimeOffset Now => clock.GetLocalNow();

    public NotificationBatch NewBatch() => new(Json, topics);

    /// <summary>Hands a batch to the ordered queue; call while holding <see cref="GwsState.Gate"/>.</summary>
    public void Publish(NotificationBatch batch, Task? gate) => queue.Enqueue(batch.Items, gate);

    /// <summary>After a change to the interaction, under <see cref="GwsState.Gate"/>: starts or applies its retention.</summary>
    public void Settle(Interaction interaction) => State.Settle(interaction, Now);

    /// <inheritdoc cref="Settle(Interaction)"/>
    public void Settle(ImSession session) => State.Settle(session, Now);

    /// <summary>
    /// Appends an entry to the log and, when the customer may see it, to the customer's transcript
    /// (visibility All only; <see cref="Deviation.LeakAgentsVisibility"/> breaks that on purpose).
    /// </summary>
    public LogEntry Log(Interaction interaction, string type, Participant from, string visibility,
        string? text = null, string? url = null, string? noticeText = null)
    {
        var entry = interaction.Append(type, from, visibility, Now, text, url, noticeText);
        if (visibility == GwsProtocol.Visibilities.All || Deviations.IsOn(Deviation.LeakAgentsVisibility))
        {
            interaction.CustomerTranscript.Add(entry);
        }

        return entry;
    }
}
