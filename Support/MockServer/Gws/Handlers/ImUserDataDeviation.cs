using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Notifications;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The <see cref="Hosting.Deviation.ImUserDataKeyDropped"/> deviation: the AttachedDataChanged
/// notifications of an AttachUserData or UpdateUserData lose the last key of the request, so they no
/// longer carry the session's whole userData as IM Session API: AttachUserData describes.
/// </summary>
internal static class ImUserDataDeviation
{
    public static void DropLastKey(NotificationBatch batch, JsonObject requested)
    {
        if (requested.Count == 0)
        {
            return;
        }

        var key = requested.Last().Key;
        foreach (var item in batch.Items.Where(i => i.Data[NotificationFields.NotificationType]?.ToString() == NotificationTypes.AttachedDataChanged))
        {
            (item.Data[MediaKind.ImSession.ResourceKey]?[ResourceFields.UserData] as JsonObject)?.Remove(key);
        }
    }
}
