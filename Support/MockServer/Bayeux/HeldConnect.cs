namespace Conformance.MockServer.Bayeux;

/// <summary>A <c>/meta/connect</c> the server holds; released once, by the first cause.</summary>
internal sealed class HeldConnect(bool longPolling)
{
    private readonly TaskCompletionSource<ConnectRelease> _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Long polls count against maxSessionsPerBrowser; WebSocket connects do not (docs/cometd-behaviour.md#browser-cookie).</summary>
    public bool LongPolling { get; } = longPolling;

    public Task<ConnectRelease> Released => _released.Task;

    public void Release(ConnectRelease why) => _released.TrySetResult(why);
}
