namespace Conformance.MockServer.Hosting;

/// <summary>
/// The kind of documented rule a <see cref="Deviation"/> breaks. The kill matrix groups by it, so a reader
/// sees at a glance which kinds of misbehaviour the suite is proven to notice.
/// </summary>
public enum DeviationClass
{
    /// <summary>A notification the docs promise is never sent.</summary>
    NotificationDropped,

    /// <summary>A notification arrives twice.</summary>
    NotificationDuplicated,

    /// <summary>Notifications arrive in another order than documented.</summary>
    NotificationReordered,

    /// <summary>A notification arrives only after the client's deadline.</summary>
    NotificationDelayed,

    /// <summary>Channel, messageType, notificationType, state or resource id differ from the docs.</summary>
    WrongNotificationContent,

    /// <summary>The referenceId is missing, wrong or on the wrong notification.</summary>
    ReferenceId,

    /// <summary>Participants missing, extra, or with the wrong type, nickname or visibility.</summary>
    Participants,

    /// <summary>Capabilities missing, extra or not matching the state.</summary>
    Capabilities,

    /// <summary>Message-log entries with the wrong type, text, sender, visibility or numbering.</summary>
    MessageLog,

    /// <summary>Timestamps, ids or URIs in another form than documented.</summary>
    Formats,

    /// <summary>Error notifications missing, without errorMessage, or changing the resource.</summary>
    ErrorNotification,

    /// <summary>A synchronous statusCode wrong, a statusMessage missing, or success where the docs refuse.</summary>
    StatusCode,

    /// <summary>Notifications or entries reach an agent or a customer who must not see them.</summary>
    Leak,

    /// <summary>Session, cookie, CSRF and authentication rules.</summary>
    SessionAndAuth,

    /// <summary>Operation behaviour: the wrong effect on the interaction or its data.</summary>
    Behaviour,
}
