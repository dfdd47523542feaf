using System.Text.Json.Nodes;
using Conformance.Bayeux;
using Conformance.GwsProtocol;
using Conformance.Harness.Http;
using Conformance.Harness.Notifications;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contexts;

/// <summary>
/// One scenario role ("Alice") bound to a leased account: its HTTP session, its Bayeux client and
/// inbox, who it is on the target (user id, uri, path, IM device), and where the scenario has read
/// its inbox up to.
/// </summary>
public sealed class AgentSession(string role, AgentLease lease, GwsHttpSession http) : IAsyncDisposable, IDisposable
{
    public string Role { get; } = role;

    public string Account => lease.Account;

    public GwsHttpSession Http { get; } = http;

    /// <summary>Null while the agent is "not signed in".</summary>
    public BayeuxClient? Bayeux { get; set; }

    public bool SignedIn { get; set; }

    /// <summary>The user resource of GET /api/v2/me ("Users Resource").</summary>
    public JsonObject User { get; set; } = [];

    public string UserId => Text(User, DirectoryFields.Id) ?? throw Missing(DirectoryFields.Id);

    public string UserUri => Text(User, DirectoryFields.Uri) ?? throw Missing(DirectoryFields.Uri);

    /// <summary>/users/{id}; derived from the id when the target omits path (it appears only in newer samples).</summary>
    public string UserPath => Text(User, DirectoryFields.Path) ?? $"/{ApiPaths.UsersSegment}/{UserId}";

    /// <summary>
    /// The device that can carry IM sessions: no page names a capability for it (device capabilities are
    /// operation names), so the first device with a phone number; one listing "im" still wins, for servers that mark it so.
    /// </summary>
    public JsonObject? ImDevice =>
        (User[ResponseFields.Devices] as JsonArray)?.OfType<JsonObject>()
            .OrderByDescending(d => (d[DirectoryFields.Capabilities] as JsonArray)?.Any(c => c?.ToString() == MediaChannels.InstantMessaging) == true)
            .FirstOrDefault(d => Text(d, DirectoryFields.PhoneNumber) is not null);

    public string PhoneNumber => ImDevice is { } device ? Text(device, DirectoryFields.PhoneNumber)! : throw Missing("an IM device with a phoneNumber");

    public string DevicePath => ImDevice is { } device
        ? Text(device, DirectoryFields.Path) ?? $"/{ApiPaths.DevicesSegment}/{Text(device, DirectoryFields.Id)}"
        : throw Missing("an IM device");

    /// <summary>The agents and media this supervisor monitors; the clean-up cancels each (Chat API: Cancel Supervisor Monitoring).</summary>
    public HashSet<(string UserId, MediaKind Media)> Monitoring { get; } = [];

    /// <summary>The referenceId of this agent's last request, for the "request" column (Features/README.md).</summary>
    public long? LastReferenceId { get; set; }

    /// <summary>Where "since the request" starts: set for every agent at each request of the scenario.</summary>
    public long MarkOrder { get; private set; }

    /// <summary>The last inbox event a Then step has accounted for; "no further" looks past it.</summary>
    public long ConsumedOrder { get; set; }

    public void Mark()
    {
        MarkOrder = Bayeux?.Inbox.Mark().Order ?? 0;
        ConsumedOrder = MarkOrder;
    }

    /// <summary>The GWS notifications received after <paramref name="order"/> (meta channels never reach the inbox).</summary>
    public IReadOnlyList<(long Order, GwsNotification Notification)> NotificationsAfter(long order) =>
        Bayeux is null
            ? []
            : [.. Bayeux.Inbox.Since(new InboxMark(order, DateTimeOffset.MinValue))
                .Where(e => e.Data is JsonObject)
                .Select(e => (e.Order, new GwsNotification(e.Channel, (JsonObject)e.Data!)))];

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (Bayeux is not null)
        {
            await Bayeux.DisposeAsync();
        }

        Http.Dispose();
        lease.Dispose();
    }

    /// <summary>For containers that dispose synchronously only (Reqnroll's); the same as <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private InvalidOperationException Missing(string what) =>
        new($"The target's GET {ApiPaths.Me} for {Role} ({Account}) gives no {what}: {User.ToJsonString()}");

    private static string? Text(JsonObject node, string field) => node[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
