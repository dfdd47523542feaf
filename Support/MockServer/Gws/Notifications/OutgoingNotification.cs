using System.Text.Json.Nodes;

namespace Conformance.MockServer.Gws.Notifications;

/// <summary>One notification for one user, on one topic.</summary>
internal sealed record OutgoingNotification(string UserId, string Topic, JsonObject Data);
