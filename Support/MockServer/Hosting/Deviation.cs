namespace Conformance.MockServer.Hosting;

/// <summary>
/// Named ways to break the mock on purpose, so a run against a broken variant proves the suite notices
/// (issue #4, "Hooks for deliberate deviations"). Each one is off by default.
/// </summary>
public enum Deviation
{
    /// <summary>Notifications omit the <c>referenceId</c> of the request that caused them.</summary>
    DropReferenceId,

    /// <summary>No MessageLogUpdated notification is published.</summary>
    SkipMessageLogUpdated,

    /// <summary>Each operation's notifications reach each agent in reverse order.</summary>
    WrongOrder,

    /// <summary>Log entries with visibility Agents also reach the customer.</summary>
    LeakAgentsVisibility,

    /// <summary>Synchronous errors carry a different statusCode than documented.</summary>
    WrongStatusCode,

    /// <summary>Operations are accepted in any state, whatever the capabilities say.</summary>
    IgnoreCapabilities,

    /// <summary><c>timestampSeconds</c> holds seconds instead of the documented milliseconds.</summary>
    TimestampInSeconds,

    /// <summary>IM AttachedDataChanged omits the last key the request attached or updated.</summary>
    ImUserDataKeyDropped,

    /// <summary>ChannelStateChangeMessageV2 reports the channel's state from before the change.</summary>
    ChannelStateStale,

    /// <summary>Ready and NotReady change the state but publish no ChannelStateChangeMessageV2.</summary>
    SkipChannelStateChange,
}
