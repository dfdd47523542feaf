namespace Conformance.MockServer.Hosting.Memory;

/// <summary>
/// Decides when the idle mock gives memory back: once no request has begun for <c>quietFor</c> and at
/// least <see cref="MinAllocatedBytes"/> were allocated since the last release (so an idle mock with a
/// few polling clients does not collect over and over for nothing). Pure: fed the request count, the
/// process's allocated bytes and the time, so it is tested without a clock or a GC.
/// </summary>
internal sealed class IdleMemoryPolicy(TimeSpan quietFor)
{
    /// <summary>Less than this allocated since the last release leaves nothing worth a full collection.</summary>
    public const long MinAllocatedBytes = 16L * 1024 * 1024;

    private long _lastRequests = -1;
    private DateTimeOffset _lastActivity;
    private long _allocatedAtRelease;

    /// <summary>Whether to release now; true at most once per quiet period.</summary>
    public bool ShouldRelease(long requestsBegun, long allocatedBytes, DateTimeOffset now)
    {
        if (requestsBegun != _lastRequests)
        {
            _lastRequests = requestsBegun;
            _lastActivity = now;
            return false;
        }
        if (now - _lastActivity < quietFor || allocatedBytes - _allocatedAtRelease < MinAllocatedBytes)
        {
            return false;
        }
        _allocatedAtRelease = allocatedBytes;
        return true;
    }
}
