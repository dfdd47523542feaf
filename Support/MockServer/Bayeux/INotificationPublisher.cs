using System.Text.Json.Nodes;

namespace Conformance.MockServer.Bayeux;

// The seam between the mock's GWS domain (Support/MockServer/Gws) and its Bayeux server
// (Support/MockServer/Bayeux). The domain never sees sessions or transports; the Bayeux server never
// sees GWS resources.

/// <summary>Hands GWS notifications to the Bayeux sessions of one user.</summary>
public interface INotificationPublisher
{
    /// <summary>
    /// Deliver <paramref name="data"/> on <paramref name="channel"/> to every Bayeux session that
    /// belongs to <paramref name="userId"/> and has a subscription matching the channel (each session
    /// receives it once, even with overlapping subscriptions). Synchronous: when it returns, the
    /// message is queued on each such session in the order of the calls.
    /// </summary>
    void Publish(string userId, string channel, JsonObject data);
}
